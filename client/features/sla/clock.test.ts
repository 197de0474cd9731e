import { describe, expect, it } from "vitest";
import { aConversation } from "../../testing/builders.ts";
import { describeSlaClock, formatDuration, shortSlaText, slaClock, warnBeforeMs } from "./clock.ts";

const created = "2026-03-02T10:00:00.000Z";
const at = (iso: string) => new Date(iso);
const MIN = 60_000;

describe("slaClock", () => {
  it.each([
    // [case, overrides, now, target, tone, remaining ms]
    ["first response running, plenty left", {}, "2026-03-02T10:01:00Z", "firstResponse", "ok", 9 * MIN],
    ["first response, under 5 min of a 10-min target", {}, "2026-03-02T10:06:00Z", "firstResponse", "warning", 4 * MIN],
    ["first response overdue", {}, "2026-03-02T10:12:00Z", "firstResponse", "breached", -2 * MIN],
    ["due exactly now counts as breached", {}, "2026-03-02T10:10:00Z", "firstResponse", "breached", 0],
    [
      "answered: resolution runs",
      { firstRespondedAt: "2026-03-02T10:03:00Z" },
      "2026-03-02T12:00:00Z",
      "resolution",
      "ok",
      22 * 60 * MIN,
    ],
    [
      "resolution with a quarter of 24 h left",
      { firstRespondedAt: "2026-03-02T10:03:00Z" },
      "2026-03-03T04:00:00Z",
      "resolution",
      "warning",
      6 * 60 * MIN,
    ],
    ["pending pauses a running clock", { status: "pending" }, "2026-03-02T10:08:00Z", "firstResponse", "paused", 2 * MIN],
    ["pending does not hide a breach", { status: "pending" }, "2026-03-02T10:20:00Z", "firstResponse", "breached", -10 * MIN],
    ["snoozed is paused", { status: "snoozed" }, "2026-03-02T10:01:00Z", "firstResponse", "paused", 9 * MIN],
    [
      "a chat the visitor left unanswered runs only the resolution target",
      { chatEndedAt: "2026-03-02T10:04:00Z" },
      "2026-03-02T10:12:00Z",
      "resolution",
      "ok",
      (24 * 60 - 12) * MIN,
    ],
  ] as const)("%s", (_case, overrides, now, target, tone, remainingMs) => {
    const clock = slaClock(aConversation({ createdAt: created, ...overrides }), at(now));
    expect(clock).toMatchObject({ target, tone, remainingMs });
  });

  it("runs no clock on a resolved conversation", () => {
    expect(slaClock(aConversation({ status: "resolved" }), at("2026-03-05T00:00:00Z")).tone).toBe("none");
  });

  it("runs no clock without targets", () => {
    const conversation = aConversation({ firstResponseDueAt: null, resolutionDueAt: null });
    expect(slaClock(conversation, at(created))).toEqual({ target: null, dueAt: null, remainingMs: 0, tone: "none" });
  });

  it("falls through to resolution when no first-response target exists", () => {
    expect(slaClock(aConversation({ firstResponseDueAt: null }), at(created)).target).toBe("resolution");
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

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [45_000, "45 s"],
    [-45_000, "45 s"],
    [12 * MIN, "12 min"],
    [60 * MIN, "1 h"],
    [185 * MIN, "3 h 5 min"],
    [52 * 60 * MIN, "2 d 4 h"],
    [48 * 60 * MIN, "2 d"],
  ])("%i ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("describing the clock", () => {
  it("says what is due and when", () => {
    const clock = slaClock(aConversation(), at("2026-03-02T10:01:00Z"));
    expect(describeSlaClock(clock)).toBe("First response due in 9 min");
    expect(shortSlaText(clock)).toBe("9 min");
  });

  it("says how late a breach is", () => {
    const clock = slaClock(aConversation(), at("2026-03-02T11:10:00Z"));
    expect(describeSlaClock(clock)).toBe("First response 1 h overdue");
    expect(shortSlaText(clock)).toBe("−1 h");
  });

  it("says when nothing runs", () => {
    expect(describeSlaClock(slaClock(aConversation({ status: "resolved" }), at(created)))).toBe("No SLA clock running");
  });
});
