/**
 * What a change to a chat means for its visitor and its place in the queue. An assigned chat leaves the queue and
 * the visitor hears who joined; a chat that loses its agent while open goes back first in line; resolving ends the
 * chat for the visitor with a polite line; a chat that is not open waits for nobody. Other channels pass unchanged.
 * The words the visitor sees travel in the timeline item's data as `visitorText`, so the transcript they reload
 * says the same.
 */
import type { Conversation } from "../../schemas/conversation.ts";
import { channelTraits } from "../channels.ts";

export interface ChatChange {
  columns: {
    assigneeId?: string | null;
    status?: Conversation["status"];
    queuedAt?: string | null;
    queuePriority?: number;
    chatEndedAt?: string | null;
    chatEndedBy?: "visitor" | "agent" | null;
    releasedBy?: string | null;
  };
  item: { data: object };
}

export interface ChatContext {
  now: Date;
  brandName: string;
  /** the new assignee's name, when the change assigns someone */
  assigneeName: string | null;
}

/** The line the visitor sees when the chat goes back to the queue. */
export const BACK_IN_QUEUE = "You're back in the queue. The next available agent will be with you shortly.";

export const joinedText = (agentName: string) => `${agentName} joined the chat`;
export const endedByAgentText = (brandName: string) => `This chat has ended. Thanks for contacting ${brandName}!`;
export const ENDED_BY_VISITOR = "You ended the chat.";

/**
 * A live chat that has ended for its visitor: they left, or an agent resolved it (which ends it for them). Reopening
 * does not bring the visitor back, so it stays ended; from then on it has no queue, and a reply would reach nobody.
 */
export function chatHasEnded(conversation: Pick<Conversation, "channel" | "chatEndedAt">): boolean {
  return channelTraits[conversation.channel].live && conversation.chatEndedAt !== null;
}

type ChatState = Pick<Conversation, "channel" | "status" | "queuedAt" | "chatEndedAt"> & { assigneeId: string | null };

export function withChatLifecycle<C extends ChatChange>(current: ChatState, change: C, context: ChatContext): C {
  if (!channelTraits[current.channel].live || chatHasEnded(current)) return change;
  const now = context.now.toISOString();
  const columns = { ...change.columns };
  let visitorText: string | null = null;
  const status = columns.status ?? current.status;
  const assigneeId = columns.assigneeId === undefined ? current.assigneeId : columns.assigneeId;

  if (columns.status === "resolved") {
    Object.assign(columns, { chatEndedAt: now, chatEndedBy: "agent", queuedAt: null, queuePriority: 0, releasedBy: null });
    visitorText = endedByAgentText(context.brandName);
  } else if (status !== "open") {
    Object.assign(columns, { queuedAt: null, queuePriority: 0, releasedBy: null });
  } else if (assigneeId !== null) {
    Object.assign(columns, { queuedAt: null, queuePriority: 0, releasedBy: null });
    if (columns.assigneeId && context.assigneeName) visitorText = joinedText(context.assigneeName);
  } else if (current.queuedAt === null) {
    // it had an agent (or was set aside) and now waits again: ahead of chats that never had one, and for
    // someone other than the agent who let it go
    Object.assign(columns, { queuedAt: now, queuePriority: 1, releasedBy: current.assigneeId });
    visitorText = BACK_IN_QUEUE;
  }
  return { ...change, columns, item: visitorText === null ? change.item : { ...change.item, data: { ...change.item.data, visitorText } } };
}
