/**
 * The one path of every change to a conversation's own fields (assignee, status, priority, tags). The row is
 * locked, a stale base version is refused, a pure plan decides against the locked state, and the fields are
 * written together with the timeline item that records who changed what, in one statement that also moves the
 * version. An unchanged plan writes nothing, so asking twice for the same state changes it once.
 */
import { v7 as uuidv7 } from "uuid";
import type { Plan } from "../../shared/domain/conversations/plan.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { TimelineItem, TimelineKind } from "../../shared/schemas/timeline.ts";
import type { Queryable } from "../db/client.ts";
import { RequestFailure, notFound } from "../handlers/failure.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { insertTimelineItem } from "../timeline/repo.ts";
import { findConversation, lockConversation, type ConversationChanges } from "./repo.ts";

export interface ConversationChange {
  columns: ConversationChanges;
  item: { kind: Extract<TimelineKind, "assignment" | "statusChange" | "system">; data: object };
}

/** A domain plan whose change is recorded as a timeline item of this kind, with the plan's item as its data. */
export function recordedAs<C extends { columns: ConversationChanges; item: object }>(
  kind: ConversationChange["item"]["kind"],
  plan: Plan<C>,
): Plan<ConversationChange> {
  return plan.kind === "change" ? { kind: "change", columns: plan.columns, item: { kind, data: plan.item } } : plan;
}

export interface ChangeRequest {
  clientId: string;
  conversationId: string;
  baseVersion?: number | undefined;
}

/** The conversation after a change, and the item that recorded it (null when the plan found nothing to change). */
export interface ConversationChanged {
  conversation: Conversation;
  item: TimelineItem | null;
}

export async function changeConversation(
  ctx: HandlerContext,
  db: Queryable,
  request: ChangeRequest,
  decide: (current: Conversation) => Plan<ConversationChange>,
): Promise<ConversationChanged> {
  const current = await lockConversation(db, request.conversationId);
  if (!current) throw notFound("Conversation");
  if (request.baseVersion !== undefined && request.baseVersion !== current.version) {
    throw new RequestFailure(
      "conflict",
      `Someone changed this conversation after you loaded it (your version ${request.baseVersion}, now ${current.version}). Look at it again, then retry.`,
    );
  }
  const plan = decide(current);
  if (plan.kind === "refused") throw new RequestFailure(plan.code, plan.message);
  if (plan.kind === "unchanged") return { conversation: current, item: null };
  const item = await insertTimelineItem(
    db,
    {
      id: uuidv7(),
      conversationId: current.id,
      clientId: request.clientId,
      kind: plan.item.kind,
      direction: null,
      authorType: "user",
      authorUserId: ctx.userId,
      body: "",
      data: plan.item.data,
      preview: "",
      waiting: "none",
      at: ctx.clock.now(),
    },
    plan.columns,
  );
  // the row is locked, so only a clientId that an earlier customer message already used gets here
  if (!item) throw new RequestFailure("conflict", "This clientId was already used for a different action.");
  const after = await findConversation(db, current.id);
  if (!after) throw notFound("Conversation");
  return { conversation: after, item };
}
