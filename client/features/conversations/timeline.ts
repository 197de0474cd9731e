/**
 * A conversation's timeline as loaded in the console: a run of items without gaps, ordered by seq, from some point
 * in its history up to the newest the console has. Pages, pushes and acknowledgements all merge here; an item
 * already held is never held twice, and an item past a gap waits until the gap is filled.
 */
import type { TimelineItem, TimelinePage } from "../../../shared/schemas/timeline.ts";

export interface TimelineState {
  /** ascending seq, no gaps */
  items: TimelineItem[];
  /** the newest seq held; 0 before anything is loaded */
  lastSeq: number;
  /** older items exist above the first one held */
  hasOlder: boolean;
}

export const emptyTimeline: TimelineState = { items: [], lastSeq: 0, hasOlder: false };

/** A conversation this short opens with one timeline:list from the start; a longer one with its newest page. */
export const PAGE_SIZE = 100;

export function timelineFromPage(page: TimelinePage, hasOlder: boolean): TimelineState {
  const items = uniqueBySeq(page.items);
  return { items, lastSeq: items.at(-1)?.seq ?? 0, hasOlder };
}

/**
 * Newer items (a page after lastSeq, a push, an acknowledgement). Items that follow without a gap are added; those
 * after a gap come back as `waiting`. With `acceptGaps` (the gap was asked for and the server had nothing in it)
 * everything newer is added.
 */
export function mergeNewer(
  state: TimelineState,
  incoming: readonly TimelineItem[],
  acceptGaps = false,
): { state: TimelineState; waiting: TimelineItem[] } {
  const newer = uniqueBySeq(incoming).filter((item) => item.seq > state.lastSeq);
  if (newer.length === 0) return { state, waiting: [] };
  const added: TimelineItem[] = [];
  let lastSeq = state.lastSeq;
  let index = 0;
  for (; index < newer.length; index++) {
    const item = newer[index] as TimelineItem;
    // an empty timeline accepts whatever comes first: there is nothing before it to have a gap with
    if (!acceptGaps && lastSeq !== 0 && item.seq !== lastSeq + 1) break;
    added.push(item);
    lastSeq = item.seq;
  }
  const next = added.length === 0 ? state : { ...state, items: [...state.items, ...added], lastSeq };
  return { state: next, waiting: newer.slice(index) };
}

/** An older page, loaded when the agent scrolls up. */
export function mergeOlder(state: TimelineState, page: TimelinePage): TimelineState {
  const firstSeq = state.items[0]?.seq ?? state.lastSeq + 1;
  const older = uniqueBySeq(page.items).filter((item) => item.seq < firstSeq);
  const lastSeq = state.lastSeq === 0 ? (older.at(-1)?.seq ?? 0) : state.lastSeq;
  return { items: [...older, ...state.items], lastSeq, hasOlder: page.hasMore };
}

export function firstSeqOf(state: TimelineState): number | null {
  return state.items[0]?.seq ?? null;
}

/** Where the unread marker goes: before the first item newer than the agent's read marker, if any. */
export function firstUnreadSeq(state: TimelineState, lastReadSeq: number | null): number | null {
  if (lastReadSeq === null) return null;
  return state.items.find((item) => item.seq > lastReadSeq)?.seq ?? null;
}

function uniqueBySeq(items: readonly TimelineItem[]): TimelineItem[] {
  const bySeq = new Map<number, TimelineItem>();
  for (const item of items) bySeq.set(item.seq, item);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
