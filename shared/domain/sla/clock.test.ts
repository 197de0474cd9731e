import { describe, expect, it } from "vitest";
import { attentionAt, slaClock, warnBeforeMs, type AttentionFields, type SlaFields } from "./clock.ts";

const MIN = 60_000;
const at = (iso: string) => new Date(iso);

/** Opened at 10:00 with a 10-minute first-response and a 24-hour resolution target; nobody has answered yet. */
const unanswered: SlaFields & AttentionFields = {
  status: "open",
  createdAt: "2026-03-02T10:00:00.000Z",
  firstResponseDueAt: "2026-03-02T10:10:00.000Z",
  firstRespondedAt: null,
  resolutionDueAt: "2026-03-03T10:00:00.000Z",
  chatEndedAt: null,
  waitingSince: "2026-03-02T10:00:00.000Z",
  lastActivityAt: "2026-03-02T10:00:00.000Z",
};
const answered = { firstRespondedAt: "2026-03-02T10:03:00.000Z" };

describe("slaClock", () => {
  it.each<[string, Partial<SlaFields>, string, ReturnType<typeof slaClock>["target"], ReturnType<typeof slaClock>["tone"], number]>([
    // [case, overrides, now, target, tone, remaining ms]
    ["first response running, plenty left", {}, "2026-03-02T10:01:00Z", "firstResponse", "ok", 9 * MIN],
    ["first response, under 5 min of a 10-min target", {}, "2026-03-02T10:06:00Z", "firstResponse", "warning", 4 * MIN],
    ["first response overdue", {}, "2026-03-02T10:12:00Z", "firstResponse", "breached", -2 * MIN],
    ["due exactly now counts as breached", {}, "2026-03-02T10:10:00Z", "firstResponse", "breached", 0],
    ["answered: resolution runs", answered, "2026-03-02T12:00:00Z", "resolution", "ok", 22 * 60 * MIN],
    ["resolution with a quarter of 24 h left", answered, "2026-03-03T04:00:00Z", "resolution", "warning", 6 * 60 * MIN],
    ["resolution overdue", answered, "2026-03-03T11:00:00Z", "resolution", "breached", -60 * MIN],
    ["pending pauses a running clock", { status: "pending" }, "2026-03-02T10:08:00Z", "firstResponse", "paused", 2 * MIN],
    ["pending stays paused past due, never a red first-response clock", { status: "pending" }, "2026-03-02T10:20:00Z", "firstResponse", "paused", -10 * MIN],
    ["snoozed is paused", { status: "snoozed" }, "2026-03-02T10:01:00Z", "firstResponse", "paused", 9 * MIN],
    ["snoozed stays paused past due", { status: "snoozed" }, "2026-03-04T10:00:00Z", "firstResponse", "paused", -(2 * 24 * 60 - 10) * MIN],
    ["pending after an answer pauses the resolution clock past due", { status: "pending", ...answered }, "2026-03-03T11:00:00Z", "resolution", "paused", -60 * MIN],
    [
      "a chat the visitor left unanswered runs only the resolution target",
      { chatEndedAt: "2026-03-02T10:04:00Z" },
      "2026-03-02T10:12:00Z",
      "resolution",
      "ok",
      (24 * 60 - 12) * MIN,
    ],
    ["falls through to resolution when no first-response target exists", { firstResponseDueAt: null }, "2026-03-02T10:00:00Z", "resolution", "ok", 24 * 60 * MIN],
    ["runs no clock on a resolved conversation", { status: "resolved" }, "2026-03-05T00:00:00Z", null, "none", 0],
    ["runs no clock without targets", { firstResponseDueAt: null, resolutionDueAt: null }, "2026-03-02T10:00:00Z", null, "none", 0],
    ["runs no clock when only an answered first response had a target", { resolutionDueAt: null, ...answered }, "2026-03-02T10:05:00Z", null, "none", 0],
  ])("%s", (_case, overrides, now, target, tone, remainingMs) => {
    expect(slaClock({ ...unanswered, ...overrides }, at(now))).toMatchObject({ target, tone, remainingMs });
  });

  it("says which due time it counts down to", () => {
    expect(slaClock({ ...unanswered, ...answered }, at("2026-03-02T12:00:00Z")).dueAt).toBe("2026-03-03T10:00:00.000Z");
  });
});

describe("warnBeforeMs", () => {
  it.each([
    [2 * MIN, 1 * MIN], // short chat target: half-way
    [10 * MIN, 5 * MIN], // five minutes ahead
    [60 * MIN, 15 * MIN], // a quarter
    [24 * 60 * MIN, 6 * 60 * MIN],
    [0, 0],
  ])("a %i ms target warns %i ms ahead", (target, expected) => {
    expect(warnBeforeMs(target)).toBe(expected);
  });
});

describe("attentionAt", () => {
  it.each<[string, Partial<AttentionFields>, string]>([
    ["unanswered: the first-response due time", {}, "2026-03-02T10:10:00.000Z"],
    ["answered: the resolution due time", answered, "2026-03-03T10:00:00.000Z"],
    ["a chat the visitor left unanswered: the resolution due time", { chatEndedAt: "2026-03-02T10:04:00.000Z" }, "2026-03-03T10:00:00.000Z"],
    ["no first-response target: the resolution due time", { firstResponseDueAt: null }, "2026-03-03T10:00:00.000Z"],
    ["no targets: since when the customer waits", { firstResponseDueAt: null, resolutionDueAt: null, waitingSince: "2026-03-02T10:05:00.000Z" }, "2026-03-02T10:05:00.000Z"],
    [
      "no targets, nobody waiting: the last activity",
      { firstResponseDueAt: null, resolutionDueAt: null, waitingSince: null, lastActivityAt: "2026-03-02T11:00:00.000Z" },
      "2026-03-02T11:00:00.000Z",
    ],
    ["answered with no resolution target: since when the customer waits", { ...answered, resolutionDueAt: null }, "2026-03-02T10:00:00.000Z"],
  ])("%s", (_case, overrides, expected) => {
    expect(attentionAt({ ...unanswered, ...overrides })).toBe(expected);
  });
});
