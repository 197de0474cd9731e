import { describe, expect, it } from "vitest";
import type { Conversation, InboxRow } from "../../../shared/schemas/conversation.ts";
import { aRow, conversationId, ids } from "../../../shared/testing/builders.ts";
import { DEFAULT_FILTER } from "./filter.ts";
import { appendPage, applyConversation, applyReadMarker, isUnread, listFromPage, patchRowInPlace, type Ledger } from "./inboxList.ts";

const context = { filter: DEFAULT_FILTER, sort: "newest" as const, userId: ids.ana };
/** Row n was last active at minute 60 - n, so with "newest" row 1 comes first. */
const row = (n: number, overrides: Partial<InboxRow> = {}) =>
  aRow({ id: conversationId(n) as never, lastActivityAt: new Date(Date.UTC(2026, 2, 2, 10, 60 - n)).toISOString(), ...overrides });
const idsOf = (rows: readonly { id: string }[]) => rows.map((r) => Number.parseInt(r.id.slice(-12), 16));
const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 2, 2, 10, minute, second)).toISOString();

describe("paging", () => {
  it("appends pages in order", () => {
    const first = listFromPage({ rows: [row(1), row(2)], nextCursor: "c1" }, context);
    const second = appendPage(first, { rows: [row(3)], nextCursor: null }, context);
    expect(idsOf(second.rows)).toEqual([1, 2, 3]);
    expect(second.nextCursor).toBeNull();
  });

  it("does not list a row twice when a push already placed it", () => {
    let state = listFromPage({ rows: [row(1), row(2)], nextCursor: "c1" }, context);
    state = applyConversation(state, row(3, { lastActivityAt: at(58, 30), version: 2 }), context);
    state = appendPage(state, { rows: [row(3), row(4)], nextCursor: null }, context);
    expect(idsOf(state.rows)).toEqual([1, 3, 2, 4]);
    expect(state.rows[1]?.version).toBe(2);
  });

  it("places a row by the newer version the agent has already seen", () => {
    const resolved = { ...row(3), status: "resolved", version: 5 } as Conversation;
    const ledger: Ledger = { conversation: (id) => (id === resolved.id ? resolved : undefined), readSeq: () => undefined };
    const state = listFromPage({ rows: [row(1), row(3), row(4)], nextCursor: null }, context, ledger);
    expect(idsOf(state.rows)).toEqual([1, 4]);
  });

  it("keeps the furthest read marker it knows", () => {
    const ledger: Ledger = { conversation: () => undefined, readSeq: () => 3 };
    const state = listFromPage({ rows: [row(1, { lastSeq: 3, lastReadSeq: 1 })], nextCursor: null }, context, ledger);
    expect(state.rows[0]?.lastReadSeq).toBe(3);
  });
});

describe("applyConversation", () => {
  const loaded = () => listFromPage({ rows: [row(1), row(2), row(3)], nextCursor: "more" }, context);

  it("patches a row in place when its place does not change", () => {
    const state = applyConversation(loaded(), { ...row(2), priority: "urgent", version: 2 }, context);
    expect(idsOf(state.rows)).toEqual([1, 2, 3]);
    expect(state.rows[1]?.priority).toBe("urgent");
  });

  it("moves a row to its new place", () => {
    const state = applyConversation(loaded(), { ...row(3), lastActivityAt: at(59, 30), version: 2 }, context);
    expect(idsOf(state.rows)).toEqual([3, 1, 2]);
  });

  it("drops a row that no longer matches the view", () => {
    const state = applyConversation(loaded(), { ...row(2), status: "resolved", version: 2 }, context);
    expect(idsOf(state.rows)).toEqual([1, 3]);
  });

  it("adds a row that now matches, in sort position", () => {
    const state = applyConversation(loaded(), row(9, { lastActivityAt: at(58, 30) }), context);
    expect(idsOf(state.rows)).toEqual([1, 9, 2, 3]);
  });

  it("leaves a row that sorts below the loaded pages to the next page", () => {
    const state = loaded();
    expect(applyConversation(state, row(9), context)).toBe(state);
  });

  it("adds it at the end once every page is loaded", () => {
    const state = { ...loaded(), nextCursor: null };
    expect(idsOf(applyConversation(state, row(9), context).rows)).toEqual([1, 2, 3, 9]);
  });

  it("adds a row that sorts above where the next page starts, even below every row listed now", () => {
    // row 3 ended the first page; once it moves up, a row between row 2 and the next page is still this page's
    const moved = applyConversation(loaded(), { ...row(3), lastActivityAt: at(59, 30), version: 2 }, context);
    const state = applyConversation(moved, row(9, { lastActivityAt: at(57, 30) }), context);
    expect(idsOf(state.rows)).toEqual([3, 1, 2, 9]);
  });

  it("drops a row that moved below the loaded pages", () => {
    const state = applyConversation(loaded(), { ...row(1), lastActivityAt: at(1), version: 2 }, context);
    expect(idsOf(state.rows)).toEqual([2, 3]);
  });

  it("ignores an older version arriving late", () => {
    const newer = applyConversation(loaded(), { ...row(2), priority: "high", version: 3 }, context);
    expect(applyConversation(newer, { ...row(2), priority: "low", version: 2 }, context)).toBe(newer);
  });

  it("keeps the agent's read marker, which pushes do not carry", () => {
    const state = listFromPage({ rows: [row(1, { lastSeq: 4, lastReadSeq: 4 })], nextCursor: null }, context);
    const { lastReadSeq: _omit, ...pushed } = row(1, { lastSeq: 5, version: 2 });
    const next = applyConversation(state, pushed as Conversation, context);
    expect(next.rows[0]).toMatchObject({ lastSeq: 5, lastReadSeq: 4 });
    expect(isUnread(next.rows[0] as InboxRow)).toBe(true);
  });

  it("follows assignment for the Mine view", () => {
    const mine = { ...context, filter: { ...DEFAULT_FILTER, assignee: "me" } };
    const state = listFromPage({ rows: [], nextCursor: null }, mine);
    const assigned = applyConversation(state, { ...row(1), assigneeId: ids.ana as never, version: 2 }, mine);
    expect(idsOf(assigned.rows)).toEqual([1]);
    const toTom = applyConversation(assigned, { ...row(1), assigneeId: ids.tom as never, version: 3 }, mine);
    expect(toTom.rows).toEqual([]);
  });
});

describe("applyReadMarker", () => {
  it("moves a marker forward only", () => {
    const state = listFromPage({ rows: [row(1, { lastSeq: 5, lastReadSeq: 2 })], nextCursor: null }, context);
    const read = applyReadMarker(state, row(1).id, 5);
    expect(read.rows[0]?.lastReadSeq).toBe(5);
    expect(applyReadMarker(read, row(1).id, 3)).toBe(read);
  });
});

describe("patchRowInPlace", () => {
  it("patches a listed search result without moving it", () => {
    const rows = [row(1), row(2)];
    const next = patchRowInPlace(rows, { ...row(2), lastActivityAt: at(59, 50), assigneeName: "Tom", version: 2 });
    expect(idsOf(next)).toEqual([1, 2]);
    expect(next[1]?.assigneeName).toBe("Tom");
    expect(patchRowInPlace(rows, row(7))).toBe(rows);
  });
});
