import { z } from "zod";
import { Channel } from "./brand.ts";
import { BrandId, ContactId, ConversationId, Instant, UserId } from "./ids.ts";

export const ConversationStatus = z.enum(["open", "pending", "snoozed", "resolved"]);
export type ConversationStatus = z.infer<typeof ConversationStatus>;
export const Priority = z.enum(["low", "normal", "high", "urgent"]);
export type Priority = z.infer<typeof Priority>;

export const Conversation = z.object({
  id: ConversationId,
  brandId: BrandId,
  contactId: ContactId,
  contactName: z.string(),
  channel: Channel,
  subject: z.string().nullable(),
  status: ConversationStatus,
  assigneeId: UserId.nullable(),
  priority: Priority,
  tags: z.array(z.string()),
  firstResponseDueAt: Instant.nullable(),
  resolutionDueAt: Instant.nullable(),
  lastSeq: z.number().int(),
  lastActivityAt: Instant,
  lastPreview: z.string(),
  version: z.number().int(),
  createdAt: Instant,
});
export type Conversation = z.infer<typeof Conversation>;

export const ConversationRef = z.object({ conversationId: ConversationId });
