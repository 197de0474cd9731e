import type { MarkConversationRead } from "../../shared/schemas/conversation.ts";
import type { Queryable } from "../db/client.ts";
import { notFound } from "../handlers/failure.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { advanceReadMarker } from "./repo.ts";

/** The caller's read marker moves forward to the seq they saw; an older seq (a slower tab) leaves it. */
export async function markConversationRead(
  ctx: HandlerContext,
  input: MarkConversationRead,
  db: Queryable,
): Promise<{ conversationId: MarkConversationRead["conversationId"]; lastReadSeq: number }> {
  const lastReadSeq = await advanceReadMarker(db, ctx.userId, input.conversationId, input.seq, ctx.clock.now());
  if (lastReadSeq === null) throw notFound("Conversation");
  return { conversationId: input.conversationId, lastReadSeq };
}
