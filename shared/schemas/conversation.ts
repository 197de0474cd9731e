import { z } from "zod";
import { Channel } from "./brand.ts";
import { BrandId, ClientId, ContactId, ConversationId, Instant, UserId } from "./ids.ts";

export const ConversationStatus = z.enum(["open", "pending", "snoozed", "resolved"]);
export type ConversationStatus = z.infer<typeof ConversationStatus>;
export const Priority = z.enum(["low", "normal", "high", "urgent"]);
export type Priority = z.infer<typeof Priority>;

export const Conversation = z.object({
  id: ConversationId,
  brandId: BrandId,
  contactId: ContactId,
  contactName: z.string(),
  /** the customer's time zone where known, to show their local time */
  contactTimeZone: z.string().nullable(),
  channel: Channel,
  subject: z.string().nullable(),
  status: ConversationStatus,
  assigneeId: UserId.nullable(),
  assigneeName: z.string().nullable(),
  snoozedUntil: Instant.nullable(),
  priority: Priority,
  tags: z.array(z.string()),
  firstResponseDueAt: Instant.nullable(),
  resolutionDueAt: Instant.nullable(),
  firstRespondedAt: Instant.nullable(),
  resolvedAt: Instant.nullable(),
  /** when the oldest customer message that no agent has answered yet arrived; null when nobody waits */
  waitingSince: Instant.nullable(),
  lastSeq: z.number().int(),
  lastActivityAt: Instant,
  /**
   * The "needs attention" sort key, computed by the database (migration 005) by the rule of attentionAt() in
   * shared/domain/sla/clock.ts: the due time of the SLA target that runs, else since when the customer waits, else
   * the last activity.
   */
  attentionAt: Instant,
  /** when anything about the conversation last changed; inbox:changes pages from it */
  updatedAt: Instant,
  lastPreview: z.string(),
  /** chats only: when it joined the brand's queue; null unless it waits for an agent */
  queuedAt: Instant.nullable(),
  /** chats only: when the visitor left or the chat was resolved */
  chatEndedAt: Instant.nullable(),
  /** the customer's rating of the conversation, 1–5 with a comment */
  rating: z.object({ score: z.number().int().min(1).max(5), comment: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: Instant,
});
export type Conversation = z.infer<typeof Conversation>;

export const ConversationRef = z.object({ conversationId: ConversationId });

/** A conversation as one agent's inbox shows it: with the seq that agent last read. */
export const InboxRow = Conversation.extend({ lastReadSeq: z.number().int().min(0) });
export type InboxRow = z.infer<typeof InboxRow>;

/** The base version makes a change on a stale screen fail with conflict instead of overwriting a newer one. */
const change = { clientId: ClientId, conversationId: ConversationId, baseVersion: z.number().int().positive().optional() };

export const AssignConversation = z.object({ ...change, assigneeId: UserId.nullable() });
export type AssignConversation = z.infer<typeof AssignConversation>;

export const SetConversationStatus = z
  .object({ ...change, status: ConversationStatus, snoozedUntil: Instant.optional() })
  .refine((v) => (v.status === "snoozed") === (v.snoozedUntil !== undefined), {
    message: "snoozedUntil is required with status snoozed, and only then",
    path: ["snoozedUntil"],
  });
export type SetConversationStatus = z.infer<typeof SetConversationStatus>;

export const SetConversationPriority = z.object({ ...change, priority: Priority });
export type SetConversationPriority = z.infer<typeof SetConversationPriority>;

export const Tag = z.string().trim().toLowerCase().min(1).max(40).regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "letters, digits, space, _ or -");
export const SetConversationTags = z.object({ ...change, tags: z.array(Tag).max(20) });
export type SetConversationTags = z.infer<typeof SetConversationTags>;

export const MarkConversationRead = z.object({ clientId: ClientId, conversationId: ConversationId, seq: z.number().int().min(0) });
export type MarkConversationRead = z.infer<typeof MarkConversationRead>;

/** Another agent looking at or typing in a conversation; not stored, pushed to the conversation's room. */
export const PresenceState = z.enum(["viewing", "typing", "left"]);
/** What a typing agent writes, as their composer's mode: a chat's visitor is shown only a message being typed. */
export const Composing = z.enum(["message", "note"]);
export type Composing = z.infer<typeof Composing>;
export const SharePresence = z.object({ conversationId: ConversationId, state: PresenceState, composing: Composing.default("message") });
export type SharePresence = z.infer<typeof SharePresence>;
export const Presence = z.object({
  conversationId: ConversationId,
  userId: UserId,
  userName: z.string(),
  state: PresenceState,
  at: Instant,
});
export type Presence = z.infer<typeof Presence>;
