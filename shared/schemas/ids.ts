import { z } from "zod";

/** UUIDv7 made by the client for every action: the server's key for "have I applied this already". */
export const ClientId = z.uuid({ version: "v7" }).brand<"ClientId">();
export type ClientId = z.infer<typeof ClientId>;

export const BrandId = z.uuid().brand<"BrandId">();
export type BrandId = z.infer<typeof BrandId>;
export const UserId = z.uuid().brand<"UserId">();
export type UserId = z.infer<typeof UserId>;
export const ConversationId = z.uuid().brand<"ConversationId">();
export type ConversationId = z.infer<typeof ConversationId>;
export const ContactId = z.uuid().brand<"ContactId">();
export type ContactId = z.infer<typeof ContactId>;
export const TimelineItemId = z.uuid().brand<"TimelineItemId">();
export type TimelineItemId = z.infer<typeof TimelineItemId>;

/** ISO 8601 instant on the wire. */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;
