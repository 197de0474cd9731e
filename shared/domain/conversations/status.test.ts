import { describe, expect, it } from "vitest";
import type { ConversationStatus } from "../../schemas/conversation.ts";
import { allowedStatusChanges, planStatusChange, type StatusChangeRequest } from "./status.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const NOW = now.toISOString();
const LATER = "2026-03-02T13:00:00.000Z";
const LATER_IN_PARIS = "2026-03-02T14:00:00+01:00";
const EARLIER = "2026-03-02T08:59:59.000Z";

type Row = [from: ConversationStatus, snoozedUntil: string | null, request: StatusChangeRequest];

describe("planStatusChange", () => {
  it.each<[...Row, columns: object, item: object]>([
    ["open", null, { status: "pending" }, { status: "pending", snoozedUntil: null, resolvedAt: null }, { from: "open", to: "pending" }],
    ["open", null, { status: "resolved" }, { status: "resolved", snoozedUntil: null, resolvedAt: NOW }, { from: "open", to: "resolved" }],
    ["open", null, { status: "snoozed", snoozedUntil: LATER }, { status: "snoozed", snoozedUntil: LATER, resolvedAt: null }, { from: "open", to: "snoozed", snoozedUntil: LATER }],
    ["open", null, { status: "snoozed", snoozedUntil: LATER_IN_PARIS }, { status: "snoozed", snoozedUntil: LATER, resolvedAt: null }, { from: "open", to: "snoozed", snoozedUntil: LATER }],
    ["pending", null, { status: "open" }, { status: "open", snoozedUntil: null, resolvedAt: null }, { from: "pending", to: "open" }],
    ["pending", null, { status: "resolved" }, { status: "resolved", snoozedUntil: null, resolvedAt: NOW }, { from: "pending", to: "resolved" }],
    ["snoozed", LATER, { status: "open" }, { status: "open", snoozedUntil: null, resolvedAt: null }, { from: "snoozed", to: "open" }],
    ["snoozed", LATER, { status: "resolved" }, { status: "resolved", snoozedUntil: null, resolvedAt: NOW }, { from: "snoozed", to: "resolved" }],
    ["snoozed", LATER, { status: "snoozed", snoozedUntil: "2026-03-03T09:00:00.000Z" }, { status: "snoozed", snoozedUntil: "2026-03-03T09:00:00.000Z", resolvedAt: null }, { from: "snoozed", to: "snoozed", snoozedUntil: "2026-03-03T09:00:00.000Z" }],
    ["resolved", null, { status: "open" }, { status: "open", snoozedUntil: null, resolvedAt: null }, { from: "resolved", to: "open" }],
  ])("%s → %o: changes", (from, snoozedUntil, request, columns, item) => {
    expect(planStatusChange({ status: from, snoozedUntil }, request, now)).toEqual({ kind: "change", columns, item });
  });

  it.each<Row>([
    ["open", null, { status: "open" }],
    ["pending", null, { status: "pending" }],
    ["resolved", null, { status: "resolved" }],
    ["snoozed", LATER, { status: "snoozed", snoozedUntil: LATER }],
    ["snoozed", LATER, { status: "snoozed", snoozedUntil: LATER_IN_PARIS }],
  ])("%s → %o: unchanged", (from, snoozedUntil, request) => {
    expect(planStatusChange({ status: from, snoozedUntil }, request, now)).toEqual({ kind: "unchanged" });
  });

  it.each<[...Row, code: string, message: RegExp]>([
    ["open", null, { status: "snoozed", snoozedUntil: EARLIER }, "invalid_input", /future/],
    ["open", null, { status: "snoozed", snoozedUntil: NOW }, "invalid_input", /future/],
    ["open", null, { status: "snoozed" }, "invalid_input", /when the snooze ends/],
    ["open", null, { status: "pending", snoozedUntil: LATER }, "invalid_input", /Only a snooze/],
    ["resolved", null, { status: "pending" }, "conflict", /resolved: it can only be set to open/],
    ["resolved", null, { status: "snoozed", snoozedUntil: LATER }, "conflict", /resolved: it can only be set to open/],
  ])("%s → %o: refused", (from, snoozedUntil, request, code, message) => {
    const plan = planStatusChange({ status: from, snoozedUntil }, request, now);
    expect(plan).toMatchObject({ kind: "refused", code });
    expect(plan.kind === "refused" && plan.message).toMatch(message);
  });
});

describe("allowedStatusChanges", () => {
  it.each<[ConversationStatus, ConversationStatus[]]>([
    ["open", ["pending", "snoozed", "resolved"]],
    ["pending", ["open", "snoozed", "resolved"]],
    ["snoozed", ["open", "pending", "snoozed", "resolved"]],
    ["resolved", ["open"]],
  ])("from %s: %o", (from, to) => {
    expect(allowedStatusChanges(from)).toEqual(to);
  });
});
