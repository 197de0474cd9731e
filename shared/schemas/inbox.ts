import { z } from "zod";
import { Channel } from "./brand.ts";
import { ConversationStatus, InboxRow, Tag } from "./conversation.ts";
import { BrandId, Instant, UserId } from "./ids.ts";

/** attention: the SLA due soonest first, then the longest waiting; newest: latest activity first. */
export const InboxSort = z.enum(["attention", "newest"]);
export type InboxSort = z.infer<typeof InboxSort>;

const filterFields = {
  brandIds: z.array(BrandId).max(50),
  channels: z.array(Channel).max(3),
  statuses: z.array(ConversationStatus).max(4),
  assignee: z.union([z.enum(["me", "unassigned", "any"]), UserId]),
  /** a conversation matches when it has any one of the tags */
  tags: z.array(Tag).max(10),
};

/**
 * Filters combine (brand × channel × status × assignee × tag). Brands outside the agent's own are refused,
 * never silently dropped. An empty list means "any"; a view's statuses default to open.
 */
export const InboxFilter = z.object({
  brandIds: filterFields.brandIds.default([]),
  channels: filterFields.channels.default([]),
  statuses: filterFields.statuses.default(["open"]),
  assignee: filterFields.assignee.default("any"),
  tags: filterFields.tags.default([]),
});
export type InboxFilter = z.infer<typeof InboxFilter>;

export const ListInbox = z.object({
  filter: InboxFilter.default(InboxFilter.parse({})),
  sort: InboxSort.default("attention"),
  /** opaque keyset cursor from the previous page; null for the first page */
  cursor: z.string().max(200).nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListInbox = z.infer<typeof ListInbox>;

export const InboxPage = z.object({ rows: z.array(InboxRow), nextCursor: z.string().nullable() });
export type InboxPage = z.infer<typeof InboxPage>;

/** The side bar's views, counted by the server. Brand and channel counts are of open conversations. */
export const InboxCounts = z.object({
  mine: z.number().int(),
  unassigned: z.number().int(),
  allOpen: z.number().int(),
  pendingOrSnoozed: z.number().int(),
  resolved: z.number().int(),
  byBrand: z.record(z.string(), z.number().int()),
  byChannel: z.record(Channel, z.number().int()),
});
export type InboxCounts = z.infer<typeof InboxCounts>;

/** Full-text search over contact, subject and message text in the agent's brands (or a subset of them). */
export const SearchInbox = z.object({
  query: z.string().trim().min(1).max(200),
  /** unlike a view, an absent field means "any": search covers every status unless told otherwise */
  filter: z.object(filterFields).partial().default({}),
  limit: z.number().int().min(1).max(100).default(50),
});
export type SearchInbox = z.infer<typeof SearchInbox>;

/** Conversations changed since an instant: how an inbox catches up after a reconnect. */
export const InboxChanges = z.object({ since: Instant, limit: z.number().int().min(1).max(1000).default(500) });
export const InboxChangesPage = z.object({ rows: z.array(InboxRow), until: Instant, complete: z.boolean() });

export const AssigneeCandidate = z.object({ id: UserId, name: z.string(), status: z.enum(["available", "away", "offline"]) });
export type AssigneeCandidate = z.infer<typeof AssigneeCandidate>;
