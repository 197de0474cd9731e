import { z } from "zod";
import { Channel } from "./brand.ts";
import { ConversationStatus } from "./conversation.ts";
import { BrandId, ContactId, ConversationId, Instant } from "./ids.ts";

export const ContactDetails = z.object({
  id: ContactId,
  brandId: BrandId,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  timeZone: z.string().nullable(),
  createdAt: Instant,
  /** the contact's other conversations with this brand, any channel, newest first */
  conversations: z.array(
    z.object({
      id: ConversationId,
      channel: Channel,
      subject: z.string().nullable(),
      status: ConversationStatus,
      lastPreview: z.string(),
      lastActivityAt: Instant,
    }),
  ),
});
export type ContactDetails = z.infer<typeof ContactDetails>;

export const CannedReply = z.object({ id: z.uuid(), brandId: BrandId, shortcut: z.string(), title: z.string(), body: z.string() });
export type CannedReply = z.infer<typeof CannedReply>;
