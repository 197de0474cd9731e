import { v7 as uuidv7 } from "uuid";
import { permissionsOf } from "../../shared/domain/access/can.ts";
import { replyRefusal } from "../../shared/domain/conversations/reply.ts";
import { waitingEffectOf } from "../../shared/domain/conversations/waiting.ts";
import type { AppendTimelineItem, TimelineItem } from "../../shared/schemas/timeline.ts";
import { findUsersInBrand, lockConversation } from "../conversations/repo.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { RequestFailure, notFound } from "../handlers/failure.ts";
import { previewOf } from "./preview.ts";
import { findReplierSince, insertTimelineItem } from "./repo.ts";

/**
 * An agent's reply or note joins the timeline with the next seq (its card numbers already masked by the pipeline).
 * A reply ends the customer's wait. Mentioned teammates are stored on the note, for afterCommit to notify.
 */
export async function appendTimelineItem(ctx: HandlerContext, input: AppendTimelineItem, db: Queryable, brandId: string): Promise<TimelineItem> {
  const mentions = [...new Set(input.mentions)];
  if (mentions.length > 0) await checkMentions(db, brandId, input);
  if (input.kind === "message" || input.ifNoReplySince !== undefined) {
    // the row lock queues this append behind a change being committed right now (a teammate's reply, the visitor
    // leaving), so the checks below see it
    const conversation = await lockConversation(db, input.conversationId);
    if (!conversation) throw notFound("Conversation");
    const refusal = input.kind === "message" ? replyRefusal(conversation) : null;
    if (refusal) throw new RequestFailure(refusal.code, refusal.message);
    if (input.ifNoReplySince !== undefined) await checkNoReplySince(ctx, db, input.conversationId, input.ifNoReplySince);
  }
  const direction = input.kind === "message" ? "outbound" : null;
  const item = await insertTimelineItem(db, {
    id: uuidv7(),
    conversationId: input.conversationId,
    clientId: input.clientId,
    kind: input.kind,
    direction,
    authorType: "user",
    authorUserId: ctx.userId,
    body: input.body,
    data: mentions.length > 0 ? { mentions } : {},
    preview: previewOf(input.body),
    waiting: waitingEffectOf({ kind: input.kind, direction }),
    at: ctx.clock.now(),
  });
  if (!item) throw notFound("Conversation");
  return item;
}

/** Only teammates who may read the brand's conversations can be mentioned, and only in a note. */
async function checkMentions(db: Queryable, brandId: string, input: AppendTimelineItem): Promise<void> {
  if (input.kind !== "note") {
    throw new RequestFailure("invalid_input", "Mention teammates in an internal note; a reply goes to the customer.", [
      { path: "mentions", message: "only a note can mention teammates" },
    ]);
  }
  const users = await findUsersInBrand(db, brandId, input.mentions);
  const mentionable = new Set(users.filter((u) => !u.disabled && u.role !== null && permissionsOf[u.role].has("conversation.read")).map((u) => u.id));
  // one answer for unknown users and other brands' staff, so that ids do not leak
  const issues = input.mentions.flatMap((userId, i) => (mentionable.has(userId) ? [] : [{ path: `mentions.${i}`, message: "not a teammate in this brand" }]));
  if (issues.length > 0) throw new RequestFailure("invalid_input", "Only teammates who work for this brand can be mentioned.", issues);
}

/**
 * The collision guard: a teammate's reply after the seq the agent last saw is refused, so they read it first. Run
 * with the conversation's row locked, so a reply being committed right now is seen.
 */
async function checkNoReplySince(ctx: HandlerContext, db: Queryable, conversationId: string, seq: number): Promise<void> {
  const replier = await findReplierSince(db, conversationId, seq, ctx.userId);
  if (replier !== null) throw new RequestFailure("conflict", `${replier} replied a moment ago — read it before sending`);
}
