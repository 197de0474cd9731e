import { Channel } from "../../shared/schemas/brand.ts";
import type { ConversationStatus } from "../../shared/schemas/conversation.ts";
import type { InboxCounts } from "../../shared/schemas/inbox.ts";

/** One group of conversations as counted by the database; channel and assignee are null on resolved totals. */
export interface CountGroup {
  brandId: string;
  channel: Channel | null;
  status: ConversationStatus;
  unassigned: boolean | null;
  mine: boolean | null;
  n: number;
}

/** The side bar's views from grouped counts; every brand in scope and every channel appears, zero or not. */
export function computeSideBarCounts(groups: readonly CountGroup[], brandIds: readonly string[]): InboxCounts {
  const counts: InboxCounts = {
    mine: 0,
    unassigned: 0,
    allOpen: 0,
    pendingOrSnoozed: 0,
    resolved: 0,
    byBrand: Object.fromEntries(brandIds.map((id) => [id, 0])),
    byChannel: Object.fromEntries(Channel.options.map((channel) => [channel, 0])) as Record<Channel, number>,
  };
  for (const group of groups) {
    if (group.status === "resolved") counts.resolved += group.n;
    if (group.status === "pending" || group.status === "snoozed") counts.pendingOrSnoozed += group.n;
    if (group.status !== "open") continue;
    counts.allOpen += group.n;
    if (group.mine === true) counts.mine += group.n;
    if (group.unassigned === true) counts.unassigned += group.n;
    counts.byBrand[group.brandId] = (counts.byBrand[group.brandId] ?? 0) + group.n;
    if (group.channel) counts.byChannel[group.channel] += group.n;
  }
  return counts;
}
