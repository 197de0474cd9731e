/** The visitor's rating of an ended chat, 1–5 with a comment: stored on the conversation and told in its timeline. */
import { v7 as uuidv7 } from "uuid";
import type { ChatState, RateChat } from "../../shared/schemas/chat.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { commitAction } from "../actions/commitAction.ts";
import { lockConversation } from "../conversations/repo.ts";
import { RequestFailure, notFound } from "../handlers/failure.ts";
import { insertTimelineItem } from "../timeline/repo.ts";
import { findChatState } from "./chatState.ts";
import { saveRating } from "./repo.ts";
import { chatOf, type VisitorContext } from "./visitorContext.ts";

export async function rateChat(ctx: VisitorContext, input: RateChat): Promise<{ state: ChatState; item: TimelineItem | null }> {
  const chat = chatOf(ctx);
  const now = ctx.clock.now();
  const committed = await commitAction(ctx.db, { clientId: input.clientId, userId: null, event: "chat:rate", at: now }, async (tx) => {
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
    return { state, item };
  });
  return { ...committed.result, item: committed.replayed ? null : committed.result.item };
}
