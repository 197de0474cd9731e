/** The visitor's rating of an ended chat, 1–5 with a comment: stored on the conversation and told in its timeline. */
import { v7 as uuidv7 } from "uuid";
import type { RateChat } from "../../shared/schemas/chat.ts";
import { findConversation, lockConversation } from "../conversations/repo.ts";
import type { Queryable } from "../db/client.ts";
import { RequestFailure, notFound } from "../handlers/failure.ts";
import { insertTimelineItem } from "../timeline/repo.ts";
import { findChatState } from "./chatState.ts";
import { saveRating } from "./repo.ts";
import type { ChatChange } from "./endChat.ts";
import { chatOf, type VisitorContext } from "./visitorContext.ts";

/** Inside the action's transaction. */
export async function rateChat(ctx: VisitorContext, input: RateChat, tx: Queryable): Promise<ChatChange> {
  const chat = chatOf(ctx);
  const now = ctx.clock.now();
  const current = await lockConversation(tx, chat.conversationId);
  if (!current) throw notFound("Chat");
  if (current.chatEndedAt === null) throw new RequestFailure("conflict", "You can rate the chat once it has ended.");
  await saveRating(tx, chat.conversationId, input.score, input.comment, now);
  const item = await insertTimelineItem(tx, {
    id: uuidv7(),
    conversationId: chat.conversationId,
    clientId: input.clientId,
    kind: "system",
    direction: null,
    authorType: "contact",
    authorUserId: null,
    body: `The visitor rated the chat ${input.score}/5${input.comment ? `: ${input.comment}` : ""}`,
    data: { event: "chatRated", score: input.score, comment: input.comment },
    preview: "",
    waiting: "none",
    at: now,
  });
  const state = await findChatState(tx, chat.conversationId);
  if (!state) throw notFound("Chat");
  return { state, item, conversation: await findConversation(tx, chat.conversationId) };
}
