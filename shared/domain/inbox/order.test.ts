import { describe, expect, it } from "vitest";
import type { ConversationId } from "../../schemas/ids.ts";
import type { InboxSort } from "../../schemas/inbox.ts";
import { compareRows, isBeyond, keysetOf, type OrderFields } from "./order.ts";

const id = (n: number) => `0190a5b2-7c3e-7000-8000-${n.toString(16).padStart(12, "0")}` as ConversationId;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute)).toISOString();

/** Row n: no due times, nobody waiting, so its attention key is its last activity unless told otherwise. */
const row = (n: number, overrides: Partial<OrderFields> = {}): OrderFields => ({
  id: id(n),
  firstResponseDueAt: null,
  firstRespondedAt: null,
  resolutionDueAt: null,
  chatEndedAt: null,
  waitingSince: null,
  lastActivityAt: at(30),
  ...overrides,
});

describe("compareRows", () => {
  it.each<[name: string, sort: InboxSort, rows: OrderFields[], order: number[]]>([
    ["newest: latest activity first", "newest", [row(1, { lastActivityAt: at(1) }), row(2, { lastActivityAt: at(5) })], [2, 1]],
    ["newest: a tie goes to the higher id", "newest", [row(1), row(3), row(2)], [3, 2, 1]],
    ["attention: a tie goes to the lower id", "attention", [row(3), row(1), row(2)], [1, 2, 3]],
    ["attention: a first response due comes before a later activity", "attention", [row(1, { lastActivityAt: at(10) }), row(2, { firstResponseDueAt: at(20), lastActivityAt: at(50) })], [1, 2]],
    [
      "attention: the first response due time counts only while unanswered",
      "attention",
      [row(1, { firstResponseDueAt: at(5), firstRespondedAt: at(4), resolutionDueAt: at(40) }), row(2, { lastActivityAt: at(20) })],
      [2, 1],
    ],
    [
      "attention: a chat the visitor left runs its resolution target",
      "attention",
      [row(1, { firstResponseDueAt: at(5), chatEndedAt: at(3), resolutionDueAt: at(40) }), row(2, { lastActivityAt: at(20) })],
      [2, 1],
    ],
    ["attention: with no due time, since when the customer waits", "attention", [row(1, { lastActivityAt: at(10) }), row(2, { waitingSince: at(2), lastActivityAt: at(50) })], [2, 1]],
  ])("%s", (_name, sort, rows, order) => {
    expect([...rows].sort(compareRows(sort)).map((r) => Number.parseInt(r.id.slice(-12), 16))).toEqual(order);
  });
});

describe("isBeyond", () => {
  const last = row(5, { lastActivityAt: at(30) });
  it.each<[name: string, sort: InboxSort, candidate: OrderFields, beyond: boolean]>([
    ["newest: older activity", "newest", row(1, { lastActivityAt: at(29) }), true],
    ["newest: newer activity", "newest", row(9, { lastActivityAt: at(31) }), false],
    ["newest: same time, lower id", "newest", row(4), true],
    ["newest: same time, higher id", "newest", row(6), false],
    ["newest: the last row itself", "newest", row(5), false],
    ["attention: due later", "attention", row(1, { lastActivityAt: at(31) }), true],
    ["attention: same key, higher id", "attention", row(6), true],
    ["attention: same key, lower id", "attention", row(4), false],
  ])("%s", (_name, sort, candidate, beyond) => {
    expect(isBeyond(candidate, keysetOf(last, sort), sort)).toBe(beyond);
  });
});
