/**
 * Handing a conversation over: to a teammate of its brand (available ones first, since routing rules aside, a
 * transfer to someone away or offline waits until they are back), or, for a live chat, back to the brand's queue
 * so routing gives it to the next agent with room. The note travels in the timeline for the next agent.
 */
import { channelTraits } from "../../../shared/domain/channels.ts";
import { chatHasEnded } from "../../../shared/domain/chat/lifecycle.ts";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import type { AssigneeCandidate } from "../../../shared/schemas/inbox.ts";
import { statusWord } from "../routing/agentStatus.ts";

/** The queue's id among the targets; user ids are UUIDs, so it cannot collide. */
export const BACK_TO_QUEUE = "queue";

export const MAX_TRANSFER_NOTE_CHARS = 2_000;

export interface TransferTarget {
  /** a teammate's user id, or BACK_TO_QUEUE */
  id: string;
  label: string;
  detail: string;
  status: AssigneeCandidate["status"] | "queue";
}

const statusOrder: Record<AssigneeCandidate["status"], number> = { available: 0, away: 1, offline: 2 };

/** Whether the conversation can be handed over at all: a resolved one has nobody to hand it to. */
export function canTransfer(conversation: Pick<Conversation, "status">): boolean {
  return conversation.status !== "resolved";
}

/** Only a chat with its visitor still there can go back to the queue: routing only hands out live chats. */
export function canReturnToQueue(conversation: Pick<Conversation, "channel" | "chatEndedAt" | "assigneeId">): boolean {
  return channelTraits[conversation.channel].live && !chatHasEnded(conversation) && conversation.assigneeId !== null;
}

export function transferTargets(
  teammates: readonly AssigneeCandidate[],
  conversation: Pick<Conversation, "channel" | "chatEndedAt" | "assigneeId">,
  context: { selfId: string; brandName: string },
): TransferTarget[] {
  const people = teammates
    .filter((teammate) => teammate.id !== context.selfId && teammate.id !== conversation.assigneeId)
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.name.localeCompare(b.name))
    .map((teammate): TransferTarget => ({ id: teammate.id, label: teammate.name, detail: statusWord[teammate.status], status: teammate.status }));
  const queue: TransferTarget[] = canReturnToQueue(conversation)
    ? [{ id: BACK_TO_QUEUE, label: "Back to the queue", detail: `The next ${context.brandName} agent with room gets it`, status: "queue" }]
    : [];
  return [...people, ...queue];
}

/** What the actions bar says while the transfer is on its way: "Transferring to Ana Souza". */
export function transferLabel(target: Pick<TransferTarget, "id" | "label">): string {
  return target.id === BACK_TO_QUEUE ? "Sending the chat back to the queue" : `Transferring to ${target.label}`;
}

/** The change for commands.run(): the queue is toUserId null. */
export function transferChange(targetId: string, note: string) {
  return { kind: "transfer" as const, toUserId: targetId === BACK_TO_QUEUE ? null : targetId, note: note.trim() };
}
