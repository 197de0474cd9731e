/**
 * An inbox view is a filter (brand × channel × status × assignee × tag) that lives in the address, so a view can be
 * bookmarked and shared. This module turns search params into a filter and back, and names views and orders. Which
 * conversations a view holds, and which views the side bar lists, are shared/domain/inbox/view.ts's to say.
 */
import { CHANNELS, channelTraits } from "../../../shared/domain/channels.ts";
import { ALL_OPEN, brandSideBarView, sideBarViews, type SideBarView, type ViewFilter } from "../../../shared/domain/inbox/view.ts";
import type { Channel } from "../../../shared/schemas/brand.ts";
import type { ConversationStatus } from "../../../shared/schemas/conversation.ts";
import type { InboxFilter, InboxSort } from "../../../shared/schemas/inbox.ts";

/** The console holds a filter with every list sorted, so equal filters have equal query keys. */
export type { ViewFilter };

export type SearchParams = Partial<Record<string, string | string[]>>;

const STATUSES: readonly ConversationStatus[] = ["open", "pending", "snoozed", "resolved"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Written in the address for "any status", since an absent status means the default, open. */
const ANY_STATUS = "any";

export const DEFAULT_FILTER: ViewFilter = ALL_OPEN;

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

export interface InboxView extends SideBarView {
  label: string;
}

const viewLabel: Record<string, string> = {
  mine: "Mine",
  unassigned: "Unassigned",
  all: "All open",
  ...Object.fromEntries(CHANNELS.map((channel) => [`channel-${channel}`, channelTraits[channel].label])),
  pending: "Pending & snoozed",
  resolved: "Resolved",
};

const labelled = (view: SideBarView): InboxView => ({ ...view, label: viewLabel[view.key] ?? view.key });

/** The side bar's views, in the order an agent scans them; brand views are listed with the brands. */
export function inboxViews(): { queues: InboxView[]; channels: InboxView[]; later: InboxView[] } {
  const views = sideBarViews();
  return { queues: views.queues.map(labelled), channels: views.channels.map(labelled), later: views.later.map(labelled) };
}

export function brandView(brandId: string, brandName: string): InboxView {
  return { ...brandSideBarView(brandId), label: brandName };
}

export const sortLabel: Record<InboxSort, string> = { attention: "Needs attention", newest: "Newest activity" };

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
    ...filter.channels.map((channel) => channelTraits[channel].label),
    filter.statuses.length === 0 ? "Any status" : filter.statuses.join() === "open" ? null : filter.statuses.map((s) => statusLabel[s]).join(" & "),
    ...filter.tags.map((tag) => `#${tag}`),
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(" · ") : "All open";
}
