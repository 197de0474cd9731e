import { describe, expect, it } from "vitest";
import { cutChangesPage } from "./changesPage.ts";

const at = (...ms: number[]) => ms.map((changedAtMs, i) => ({ id: `c${i}`, changedAtMs }));

describe("cutChangesPage", () => {
  it.each([
    { case: "nothing changed", fetched: at(), limit: 3, cut: { kind: "complete", rows: [] } },
    { case: "fewer than a page", fetched: at(1, 2), limit: 3, cut: { kind: "complete", rows: at(1, 2) } },
    { case: "exactly a page", fetched: at(1, 2, 3), limit: 3, cut: { kind: "complete", rows: at(1, 2, 3) } },
    { case: "more than a page, distinct instants", fetched: at(1, 2, 3, 4), limit: 3, cut: { kind: "cut", rows: at(1, 2, 3) } },
    { case: "the page would end inside a millisecond", fetched: at(1, 2, 3, 3), limit: 3, cut: { kind: "cut", rows: at(1, 2) } },
    { case: "a whole page within one millisecond", fetched: at(5, 5, 5, 5), limit: 3, cut: { kind: "tied", atMs: 5 } },
  ])("$case", ({ fetched, limit, cut }) => {
    expect(cutChangesPage(fetched, limit)).toEqual(cut);
  });
});
