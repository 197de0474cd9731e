import { describe, expect, it } from "vitest";
import { slaClock } from "../../../shared/domain/sla/clock.ts";
import { aConversation } from "../../../shared/testing/builders.ts";
import { describeSlaClock, formatDuration, shortSlaText } from "./wording.ts";

const MIN = 60_000;
const at = (iso: string) => new Date(iso);

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
  it.each<[string, Parameters<typeof aConversation>[0], string, string, string]>([
    // [case, overrides, now, sentence, short text]
    ["what is due and when", {}, "2026-03-02T10:01:00Z", "First response due in 9 min", "9 min"],
    ["how late a breach is", {}, "2026-03-02T11:10:00Z", "First response 1 h overdue", "−1 h"],
    ["a paused clock", { status: "pending" }, "2026-03-02T10:01:00Z", "First response due in 9 min (paused while waiting on the customer)", "9 min"],
    ["a paused clock past due", { status: "snoozed" }, "2026-03-02T10:40:00Z", "First response 30 min overdue (paused while waiting on the customer)", "−30 min"],
    ["when nothing runs", { status: "resolved" }, "2026-03-02T10:01:00Z", "No SLA clock running", ""],
  ])("says %s", (_case, overrides, now, sentence, short) => {
    const clock = slaClock(aConversation(overrides), at(now));
    expect(describeSlaClock(clock)).toBe(sentence);
    expect(shortSlaText(clock)).toBe(short);
  });
});
