import { z } from "zod";
import { MAX_BODY_CHARS } from "../domain/limits.ts";
import { ClientId, ConversationId, Instant, TimelineItemId, UserId, BrandId, ContactId } from "./ids.ts";

export const TimelineKind = z.enum(["message", "note", "call", "scriptRun", "statusChange", "assignment", "system"]);
export type TimelineKind = z.infer<typeof TimelineKind>;

export const TimelineItem = z.object({
  id: TimelineItemId,
  conversationId: ConversationId,
  brandId: BrandId,
  seq: z.number().int().positive(),
  clientId: z.string(),
  kind: TimelineKind,
  direction: z.enum(["inbound", "outbound"]).nullable(),
  authorType: z.enum(["contact", "user", "system"]),
  authorUserId: UserId.nullable(),
  authorContactId: ContactId.nullable(),
  body: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: Instant,
});
export type TimelineItem = z.infer<typeof TimelineItem>;

/** An agent's reply (a message out on the conversation's channel) or internal note. */
export const AppendTimelineItem = z.object({
  clientId: ClientId,
  conversationId: ConversationId,
  kind: z.enum(["message", "note"]),
  body: z.string().trim().min(1).max(MAX_BODY_CHARS),
  /** teammates @mentioned in a note; each must work for the brand, and is notified */
  mentions: z.array(UserId).max(20).default([]),
  /**
   * Collision guard: the last seq the agent saw. If a teammate's reply was added after it, the server refuses
   * with conflict so the agent can read it first; sending again without the guard goes through.
   */
  ifNoReplySince: z.number().int().min(0).optional(),
});
export type AppendTimelineItem = z.infer<typeof AppendTimelineItem>;

/** Items after a seq, oldest first: how a client catches up after a reconnect. */
export const ListTimeline = z.object({
  conversationId: ConversationId,
  afterSeq: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ListTimeline = z.infer<typeof ListTimeline>;

export const ListTimelineBefore = z.object({
  conversationId: ConversationId,
  beforeSeq: z.number().int().min(1),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ListTimelineBefore = z.infer<typeof ListTimelineBefore>;

export const TimelinePage = z.object({ items: z.array(TimelineItem), lastSeq: z.number().int(), hasMore: z.boolean() });
export type TimelinePage = z.infer<typeof TimelinePage>;
