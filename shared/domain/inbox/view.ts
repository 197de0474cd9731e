/**
 * Which conversations an inbox view holds, and the side bar's views. A view is a filter (brand × channel × status
 * × assignee × tag) in which an empty list means "any". The server answers a view in SQL, one index range per
 * brand and status (server/inbox/inboxQuery.ts), and counts the side bar in one grouped statement
 * (server/inbox/sideBarCounts.ts); the console places pushed changes with inView(). server/inbox/viewRule.int.test.ts
 * holds the SQL and this predicate to the same rows.
 */
import type { Channel } from "../../schemas/brand.ts";
import type { Conversation, ConversationStatus } from "../../schemas/conversation.ts";
import type { InboxCounts } from "../../schemas/inbox.ts";
import { CHANNELS } from "../channels.ts";

export interface ViewFilter {
  brandIds: string[];
  channels: Channel[];
  /** empty: every status */
  statuses: ConversationStatus[];
  /** "me", "unassigned", "any", or a teammate's user id */
  assignee: string;
  /** a conversation matches when it has any one of them */
  tags: string[];
}

export type ViewFields = Pick<Conversation, "brandId" | "channel" | "status" | "assigneeId" | "tags">;

/** Whether a conversation, as it is now, belongs in a view; `callerId` is whom "me" means. */
export function inView(conversation: ViewFields, filter: ViewFilter, callerId: string): boolean {
  if (filter.brandIds.length > 0 && !filter.brandIds.includes(conversation.brandId)) return false;
  if (filter.channels.length > 0 && !filter.channels.includes(conversation.channel)) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(conversation.status)) return false;
  if (filter.tags.length > 0 && !filter.tags.some((tag) => conversation.tags.includes(tag))) return false;
  switch (filter.assignee) {
    case "any":
      return true;
    case "me":
      return conversation.assigneeId === callerId;
    case "unassigned":
      return conversation.assigneeId === null;
    default:
      return conversation.assigneeId === filter.assignee;
  }
}

/** Every open conversation of the caller's brands: the view a console opens on. */
export const ALL_OPEN: ViewFilter = { brandIds: [], channels: [], statuses: ["open"], assignee: "any", tags: [] };

const view = (changes: Partial<ViewFilter>): ViewFilter => ({ ...ALL_OPEN, ...changes });

export interface SideBarView {
  key: string;
  filter: ViewFilter;
  /** the view's figure among the server's counts; undefined for a brand the counts do not cover */
  count: (counts: InboxCounts) => number | undefined;
}

/** The side bar's views and the count each shows, in the order an agent scans them; brand views come with the brands. */
export function sideBarViews(): { queues: SideBarView[]; channels: SideBarView[]; later: SideBarView[] } {
  return {
    queues: [
      { key: "mine", filter: view({ assignee: "me" }), count: (c) => c.mine },
      { key: "unassigned", filter: view({ assignee: "unassigned" }), count: (c) => c.unassigned },
      { key: "all", filter: view({}), count: (c) => c.allOpen },
    ],
    channels: CHANNELS.map((channel) => ({ key: `channel-${channel}`, filter: view({ channels: [channel] }), count: (c) => c.byChannel[channel] })),
    later: [
      { key: "pending", filter: view({ statuses: ["pending", "snoozed"] }), count: (c) => c.pendingOrSnoozed },
      { key: "resolved", filter: view({ statuses: ["resolved"] }), count: (c) => c.resolved },
    ],
  };
}

export function brandSideBarView(brandId: string): SideBarView {
  return { key: `brand-${brandId}`, filter: view({ brandIds: [brandId] }), count: (c) => c.byBrand[brandId] };
}
