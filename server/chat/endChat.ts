/** The visitor leaves: the chat ends for them, their agent's capacity frees up, and the consoles see it. */
import { v7 as uuidv7 } from "uuid";
import { ENDED_BY_VISITOR } from "../../shared/domain/chat/lifecycle.ts";
import type { ChatState } from "../../shared/schemas/chat.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import { findConversation, lockConversation } from "../conversations/repo.ts";
import type { Queryable } from "../db/client.ts";
import { notFound } from "../handlers/failure.ts";
import { insertTimelineItem } from "../timeline/repo.ts";
import { findChatState } from "./chatState.ts";
import { chatOf, type VisitorContext } from "./visitorContext.ts";

/** What ending changed: the visitor's new state, and for the consoles the item and snapshot (none if it had ended). */
export interface ChatChange {
  state: ChatState;
  item: TimelineItem | null;
  conversation: Conversation | null;
}

/** Inside the action's transaction. Ending an ended chat changes nothing. */
export async function endChat(ctx: VisitorContext, clientId: string, tx: Queryable): Promise<ChatChange> {
  const chat = chatOf(ctx);
  const now = ctx.clock.now();
  const current = await lockConversation(tx, chat.conversationId);
  if (!current) throw notFound("Chat");
  const item =
    current.chatEndedAt !== null
      ? null
      : await insertTimelineItem(
          tx,
          {
            id: uuidv7(),
            conversationId: chat.conversationId,
            clientId,
            kind: "system",
            direction: null,
            authorType: "contact",
            authorUserId: null,
            body: "The visitor ended the chat",
            data: { event: "chatEnded", by: "visitor", visitorText: ENDED_BY_VISITOR },
            preview: "",
            waiting: "none",
            at: now,
          },
          { chatEndedAt: now.toISOString() as never, chatEndedBy: "visitor", queuedAt: null, queuePriority: 0 },
        );
  const state = await findChatState(tx, chat.conversationId);
  if (!state) throw notFound("Chat");
  return { state, item, conversation: item ? await findConversation(tx, chat.conversationId) : null };
}
