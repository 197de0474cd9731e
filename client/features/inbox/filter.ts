/**
 * An inbox view is a filter (brand × channel × status × assignee × tag) that lives in the address, so a view can be
 * bookmarked and shared. This module turns search params into a filter and back, names the side bar's views, and
 * tells whether a conversation belongs in a filter, which is how pushes decide to add or drop a row.
 */
import type { Channel } from "../../../shared/schemas/brand.ts";
import type { Conversation, ConversationStatus } from "../../../shared/schemas/conversation.ts";
import type { InboxCounts, InboxFilter } from "../../../shared/schemas/inbox.ts";

/** The filter as the console holds it: every list sorted, so equal filters have equal query keys. */
export interface ViewFilter {
  brandIds: string[];
  channels: Channel[];
  statuses: ConversationStatus[];
  /** "me", "unassigned", "any", or a teammate's user id */
  assignee: string;
  tags: string[];
}

export type SearchParams = Partial<Record<string, string | string[]>>;

export const CHANNELS: readonly Channel[] = ["chat", "email", "phone"];
const STATUSES: readonly ConversationStatus[] = ["open", "pending", "snoozed", "resolved"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Written in the address for "any status", since an absent status means the default, open. */
const ANY_STATUS = "any";

export const DEFAULT_FILTER: ViewFilter = { brandIds: [], channels: [], statuses: ["open"], assignee: "any", tags: [] };

function listParam(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return [...new Set(joined.split(",").map((part) => part.trim()).filter(Boolean))].sort();
}

/**
 * The filter in the address. Values the console cannot use are dropped rather than sent: the server would refuse a
 * brand the agent lacks (a stale bookmark), which must not leave the agent with an empty screen and an error.
 */
export function filterFromParams(params: SearchParams, agentBrandIds: readonly string[]): ViewFilter {
  const brands = new Set(agentBrandIds);
  const statusParam = listParam(params.status);
  const assignee = listParam(params.assignee)[0] ?? "any";
  return {
    brandIds: listParam(params.brand).filter((id) => brands.has(id)),
    channels: listParam(params.channel).filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c)),
    statuses:
      statusParam.length === 0
        ? ["open"]
        : statusParam.filter((s): s is ConversationStatus => (STATUSES as readonly string[]).includes(s)),
    assignee: assignee === "me" || assignee === "unassigned" || UUID.test(assignee) ? assignee : "any",
    tags: listParam(params.tag).map((tag) => tag.toLowerCase()),
  };
}

/** Search params for a filter and an optional search; undefined clears a param (useSearchParams' convention). */
export function paramsFromFilter(filter: ViewFilter, query = ""): Record<string, string | undefined> {
  const list = (values: readonly string[]) => (values.length > 0 ? [...values].sort().join(",") : undefined);
  const isDefaultStatus = filter.statuses.length === 1 && filter.statuses[0] === "open";
  return {
    brand: list(filter.brandIds),
    channel: list(filter.channels),
    status: isDefaultStatus ? undefined : filter.statuses.length === 0 ? ANY_STATUS : list(filter.statuses),
    assignee: filter.assignee === "any" ? undefined : filter.assignee,
    tag: list(filter.tags),
    q: query.trim() === "" ? undefined : query.trim(),
  };
}

export function inboxHref(filter: ViewFilter, query = "", conversationId?: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(paramsFromFilter(filter, query))) if (value !== undefined) search.set(key, value);
  const text = search.toString().replaceAll("%2C", ",");
  return `/inbox${conversationId ? `/c/${conversationId}` : ""}${text ? `?${text}` : ""}`;
}

export function sameFilter(a: ViewFilter, b: ViewFilter): boolean {
  return inboxHref(a) === inboxHref(b);
}

/** The filter as the contract wants it. */
export function toInboxFilter(filter: ViewFilter): InboxFilter {
  return { ...filter, assignee: filter.assignee as InboxFilter["assignee"], brandIds: filter.brandIds as InboxFilter["brandIds"] };
}

/** Whether a conversation, as it is now, belongs in a view. Like the server, a row matches a tag list by any one of them. */
export function matchesFilter(conversation: Conversation, filter: ViewFilter, userId: string): boolean {
  if (filter.brandIds.length > 0 && !filter.brandIds.includes(conversation.brandId)) return false;
  if (filter.channels.length > 0 && !filter.channels.includes(conversation.channel)) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(conversation.status)) return false;
  if (filter.tags.length > 0 && !filter.tags.some((tag) => conversation.tags.includes(tag))) return false;
  switch (filter.assignee) {
    case "any":
      return true;
    case "me":
      return conversation.assigneeId === userId;
    case "unassigned":
      return conversation.assigneeId === null;
    default:
      return conversation.assigneeId === filter.assignee;
  }
}

export interface InboxView {
  key: string;
  label: string;
  filter: ViewFilter;
  count: (counts: InboxCounts) => number | undefined;
}

const channelLabel: Record<Channel, string> = { chat: "Chat", email: "Email", phone: "Phone" };

/** The side bar's views, in the order an agent scans them; brand views are listed with the brands. */
export function inboxViews(): { queues: InboxView[]; channels: InboxView[]; later: InboxView[] } {
  return {
    queues: [
      { key: "mine", label: "Mine", filter: { ...DEFAULT_FILTER, assignee: "me" }, count: (c) => c.mine },
      { key: "unassigned", label: "Unassigned", filter: { ...DEFAULT_FILTER, assignee: "unassigned" }, count: (c) => c.unassigned },
      { key: "all", label: "All open", filter: DEFAULT_FILTER, count: (c) => c.allOpen },
    ],
    channels: CHANNELS.map((channel) => ({
      key: `channel-${channel}`,
      label: channelLabel[channel],
      filter: { ...DEFAULT_FILTER, channels: [channel] },
      count: (c) => c.byChannel[channel],
    })),
    later: [
      {
        key: "pending",
        label: "Pending & snoozed",
        filter: { ...DEFAULT_FILTER, statuses: ["pending", "snoozed"] },
        count: (c) => c.pendingOrSnoozed,
      },
      { key: "resolved", label: "Resolved", filter: { ...DEFAULT_FILTER, statuses: ["resolved"] }, count: (c) => c.resolved },
    ],
  };
}

export function brandView(brandId: string, brandName: string): InboxView {
  return {
    key: `brand-${brandId}`,
    label: brandName,
    filter: { ...DEFAULT_FILTER, brandIds: [brandId] },
    count: (c) => c.byBrand[brandId],
  };
}

export { channelLabel };

const assigneeLabel: Record<string, string> = { me: "Mine", unassigned: "Unassigned" };
const statusLabel: Record<ConversationStatus, string> = { open: "Open", pending: "Pending", snoozed: "Snoozed", resolved: "Resolved" };

/**
 * A view's name: a side bar view's own label, else its parts, "Lumen Fibre · Unassigned · Email". `brandName`
 * names a brand by id (undefined for one the agent no longer has).
 */
export function describeFilter(filter: ViewFilter, brandName: (brandId: string) => string | undefined): string {
  const views = inboxViews();
  const named = [...views.queues, ...views.channels, ...views.later].find((view) => sameFilter(view.filter, filter));
  if (named) return named.label;
  const parts = [
    ...filter.brandIds.map((id) => brandName(id) ?? "A brand"),
    assigneeLabel[filter.assignee] ?? (filter.assignee === "any" ? null : "A teammate's"),
    ...filter.channels.map((channel) => channelLabel[channel]),
    filter.statuses.length === 0 ? "Any status" : filter.statuses.join() === "open" ? null : filter.statuses.map((s) => statusLabel[s]).join(" & "),
    ...filter.tags.map((tag) => `#${tag}`),
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(" · ") : "All open";
}
