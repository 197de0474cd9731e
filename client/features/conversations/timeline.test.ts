import { describe, expect, it } from "vitest";
import { anItem } from "../../../shared/testing/builders.ts";
import { emptyTimeline, firstUnreadSeq, mergeNewer, mergeOlder, timelineFromPage } from "./timeline.ts";

const seqs = (state: { items: { seq: number }[] }) => state.items.map((item) => item.seq);
const page = (from: number, to: number, hasMore = false) => ({
  items: Array.from({ length: to - from + 1 }, (_, i) => anItem(from + i)),
  lastSeq: to,
  hasMore,
});

describe("mergeNewer", () => {
  it("appends what follows without a gap, and ignores what it holds", () => {
    const state = timelineFromPage(page(1, 3), false);
    const { state: next, waiting } = mergeNewer(state, [anItem(3), anItem(4), anItem(2), anItem(5)]);
    expect(seqs(next)).toEqual([1, 2, 3, 4, 5]);
    expect(next.lastSeq).toBe(5);
    expect(waiting).toEqual([]);
  });

  it("holds back what comes after a gap", () => {
    const state = timelineFromPage(page(1, 3), false);
    const { state: next, waiting } = mergeNewer(state, [anItem(6), anItem(4)]);
    expect(seqs(next)).toEqual([1, 2, 3, 4]);
    expect(waiting.map((item) => item.seq)).toEqual([6]);
  });

  it("takes a gap it was told to accept", () => {
    const state = timelineFromPage(page(1, 3), false);
    expect(seqs(mergeNewer(state, [anItem(6)], true).state)).toEqual([1, 2, 3, 6]);
  });

  it("starts an empty timeline with whatever comes", () => {
    expect(seqs(mergeNewer(emptyTimeline, [anItem(7), anItem(8)]).state)).toEqual([7, 8]);
  });

  it("returns the same state when nothing is new", () => {
    const state = timelineFromPage(page(1, 3), false);
    expect(mergeNewer(state, [anItem(2)]).state).toBe(state);
  });
});

describe("mergeOlder", () => {
  it("puts an older page above, without repeats", () => {
    const state = timelineFromPage(page(101, 200), true);
    const next = mergeOlder(state, page(1, 101, false));
    expect(seqs(next)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(next.hasOlder).toBe(false);
    expect(next.lastSeq).toBe(200);
  });
});

describe("firstUnreadSeq", () => {
  it("is the first item after the read marker", () => {
    const state = timelineFromPage(page(1, 5), false);
    expect(firstUnreadSeq(state, 3)).toBe(4);
    expect(firstUnreadSeq(state, 5)).toBeNull();
    expect(firstUnreadSeq(state, null)).toBeNull();
  });
});
