import { describe, expect, it } from "vitest";
import { WEEKDAYS, type BusinessCalendar, type BusinessHours } from "../brands/businessHours.ts";
import { HOUR, MINUTE } from "../durations.ts";
import { computeDueAt, computeSlaDueTimes } from "./dueAt.ts";

const nineToFive: [string, string][] = [["09:00", "17:00"]];
const weekdaysNineToFive: BusinessHours = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
const allWeek: BusinessHours = Object.fromEntries(WEEKDAYS.map((day) => [day, [["00:00", "24:00"]]]));
/** open only in the small hours of Sunday, the night the clocks change in Europe and North America */
const sundayNight: BusinessHours = { sun: [["00:00", "06:00"]] };

const calendar = (timeZone: string, businessHours: BusinessHours, holidays: string[] = []): BusinessCalendar => ({ timeZone, businessHours, holidays });
const london = calendar("Europe/London", weekdaysNineToFive);
const newYork = calendar("America/New_York", weekdaysNineToFive);
const businessTime = { businessHoursOnly: true };

describe("computeDueAt in business time", () => {
  it.each<[string, BusinessCalendar, string, number, string | null]>([
    // [case, calendar, start, target, due]
    ["inside hours, due the same day", london, "2026-03-03T10:00:00Z", 2 * HOUR, "2026-03-03T12:00:00.000Z"],
    ["a target that ends at closing is due at closing", london, "2026-03-03T15:00:00Z", 2 * HOUR, "2026-03-03T17:00:00.000Z"],
    ["the rest runs on from the next opening", london, "2026-03-03T16:00:00Z", 2 * HOUR, "2026-03-04T10:00:00.000Z"],
    ["before opening, the clock starts at opening", london, "2026-03-03T06:00:00Z", 30 * MINUTE, "2026-03-03T09:30:00.000Z"],
    ["Friday evening lands on Monday", london, "2026-03-06T19:00:00Z", 4 * HOUR, "2026-03-09T13:00:00.000Z"],
    ["an hour left on Friday, the rest on Monday", london, "2026-03-06T16:00:00Z", 3 * HOUR, "2026-03-09T11:00:00.000Z"],
    ["a zero target started outside hours is due at the next opening", london, "2026-03-07T12:00:00Z", 0, "2026-03-09T09:00:00.000Z"],
    ["in the brand's zone, not UTC: 16:00 in New York is 21:00 UTC", newYork, "2026-03-03T21:00:00Z", 2 * HOUR, "2026-03-04T15:00:00.000Z"],
    [
      "a holiday is skipped: Friday evening, Monday off, due on Tuesday",
      calendar("Europe/London", weekdaysNineToFive, ["2026-05-04"]),
      "2026-05-01T18:00:00Z",
      2 * HOUR,
      "2026-05-05T10:00:00.000Z",
    ],
    [
      "holidays are dates on the brand's wall clock: Monday in Sydney starts on Sunday in UTC",
      calendar("Australia/Sydney", weekdaysNineToFive, ["2026-03-09"]),
      "2026-03-06T06:00:00Z", // Friday 17:00 in Sydney, closing time
      HOUR,
      "2026-03-09T23:00:00.000Z", // Tuesday 10:00 in Sydney (UTC+11)
    ],
    // spring forward: London 2026-03-29 01:00 GMT → 02:00 BST; New York 2026-03-08 02:00 EST → 03:00 EDT
    ["London, Friday to Monday over spring forward: Monday opens at 09:00 BST", london, "2026-03-27T16:00:00Z", 2 * HOUR, "2026-03-30T09:00:00.000Z"],
    // five hours on the short night, the sixth from midnight a week later
    ["London, the night the clocks go forward is an hour short", calendar("Europe/London", sundayNight), "2026-03-29T00:00:00Z", 6 * HOUR, "2026-04-05T00:00:00.000Z"],
    ["New York, Friday to Monday over spring forward", newYork, "2026-03-06T21:00:00Z", 2 * HOUR, "2026-03-09T14:00:00.000Z"],
    ["New York, the night the clocks go forward is an hour short", calendar("America/New_York", sundayNight), "2026-03-08T05:00:00Z", 6 * HOUR, "2026-03-15T05:00:00.000Z"],
    // fall back: London 2026-10-25 02:00 BST → 01:00 GMT; New York 2026-11-01 02:00 EDT → 01:00 EST
    ["London, Friday to Monday over fall back: Monday opens at 09:00 GMT", london, "2026-10-23T15:00:00Z", 2 * HOUR, "2026-10-26T10:00:00.000Z"],
    ["London, the night the clocks go back is an hour long", calendar("Europe/London", sundayNight), "2026-10-24T23:00:00Z", 7 * HOUR, "2026-10-25T06:00:00.000Z"],
    ["New York, Friday to Monday over fall back", newYork, "2026-10-30T20:00:00Z", 2 * HOUR, "2026-11-02T15:00:00.000Z"],
    ["New York, the night the clocks go back is an hour long", calendar("America/New_York", sundayNight), "2026-11-01T04:00:00Z", 7 * HOUR, "2026-11-01T11:00:00.000Z"],
    // a target longer than the night carries over to the next Sunday, a week of real time later
    ["New York, more than one night's hours", calendar("America/New_York", sundayNight), "2026-11-01T04:00:00Z", 8 * HOUR, "2026-11-08T06:00:00.000Z"],
    ["a brand open around the clock counts every hour, clock changes included", calendar("Europe/London", allWeek), "2026-03-28T12:00:00Z", 24 * HOUR, "2026-03-29T12:00:00.000Z"],
    ["a brand with no hours is never open: no due time", calendar("Europe/London", {}), "2026-03-03T10:00:00Z", HOUR, null],
    ["empty days are no hours either", calendar("Europe/London", { mon: [], tue: [] }), "2026-03-03T10:00:00Z", HOUR, null],
  ])("%s", (_case, brandCalendar, startAt, targetMs, dueAt) => {
    expect(computeDueAt(new Date(startAt), targetMs, businessTime, brandCalendar)?.toISOString() ?? null).toBe(dueAt);
  });
});

describe("computeDueAt in calendar time", () => {
  it.each<[string, BusinessCalendar, string, number, string]>([
    ["ignores the brand's hours", london, "2026-03-06T19:00:00Z", 4 * HOUR, "2026-03-06T23:00:00.000Z"],
    ["ignores a brand with no hours", calendar("Europe/London", {}), "2026-03-06T19:00:00Z", HOUR, "2026-03-06T20:00:00.000Z"],
    ["is elapsed time across a clock change", london, "2026-03-28T12:00:00Z", 24 * HOUR, "2026-03-29T12:00:00.000Z"],
  ])("%s", (_case, brandCalendar, startAt, targetMs, dueAt) => {
    expect(computeDueAt(new Date(startAt), targetMs, { businessHoursOnly: false }, brandCalendar)?.toISOString()).toBe(dueAt);
  });
});

describe("computeSlaDueTimes", () => {
  it("gives both targets of the policy", () => {
    const due = computeSlaDueTimes(new Date("2026-03-06T16:00:00Z"), {
      policy: { firstResponseTargetMs: 30 * MINUTE, resolutionTargetMs: 8 * HOUR, businessHoursOnly: true },
      calendar: london,
    });
    expect(due).toEqual({ firstResponseDueAt: new Date("2026-03-06T16:30:00Z"), resolutionDueAt: new Date("2026-03-09T16:00:00Z") });
  });

  it("gives none without a policy", () => {
    expect(computeSlaDueTimes(new Date("2026-03-06T16:00:00Z"), null)).toEqual({ firstResponseDueAt: null, resolutionDueAt: null });
  });

  it("refuses a time zone the runtime does not know", () => {
    expect(() => computeDueAt(new Date("2026-03-06T16:00:00Z"), HOUR, businessTime, calendar("Mars/Olympus_Mons", weekdaysNineToFive))).toThrow(RangeError);
  });
});
