import { describe, expect, it } from "vitest";
import { hasOpeningHours, isOpenAt, type BusinessHours } from "./businessHours.ts";

const weekdaysNineToSix: BusinessHours = { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]], sat: [["10:00", "12:00"], ["13:00", "15:00"]] };
const allDay: BusinessHours = { sun: [["00:00", "24:00"]], mon: [["00:00", "24:00"]] };

describe("isOpenAt", () => {
  it.each<[string, BusinessHours, string, string, boolean]>([
    ["opening minute", weekdaysNineToSix, "Europe/London", "2026-03-02T09:00:00Z", true],
    ["a minute before opening", weekdaysNineToSix, "Europe/London", "2026-03-02T08:59:00Z", false],
    ["closing minute is closed", weekdaysNineToSix, "Europe/London", "2026-03-02T18:00:00Z", false],
    ["in the brand's zone, not UTC: 09:30 in Sydney is Sunday 22:30 UTC", weekdaysNineToSix, "Australia/Sydney", "2026-03-01T22:30:00Z", true],
    ["the same instant in London is Sunday night, closed", weekdaysNineToSix, "Europe/London", "2026-03-01T22:30:00Z", false],
    ["summer time moves the wall clock: 08:30 UTC is 09:30 BST", weekdaysNineToSix, "Europe/London", "2026-06-01T08:30:00Z", true],
    ["a day with no entry is closed", weekdaysNineToSix, "Europe/London", "2026-03-04T12:00:00Z", false],
    ["second interval of a split day", weekdaysNineToSix, "Europe/London", "2026-03-07T14:00:00Z", true],
    ["the lunch gap of a split day", weekdaysNineToSix, "Europe/London", "2026-03-07T12:30:00Z", false],
    ["24:00 keeps the day open until midnight", allDay, "UTC", "2026-03-01T23:59:00Z", true],
    ["midnight opens a 24-hour day", allDay, "UTC", "2026-03-02T00:00:00Z", true],
    ["the hour the clocks skip does not exist: 01:30 opens at 02:30 BST", { sun: [["01:30", "05:00"]] }, "Europe/London", "2026-03-29T01:00:00Z", false],
    ["…and is open from then on", { sun: [["01:30", "05:00"]] }, "Europe/London", "2026-03-29T01:30:00Z", true],
  ])("%s", (_, hours, zone, at, open) => {
    expect(isOpenAt({ timeZone: zone, businessHours: hours, holidays: [] }, new Date(at))).toBe(open);
  });

  it("keeps a holiday closed all day, on the brand's own calendar", () => {
    const calendar = { timeZone: "Australia/Sydney", businessHours: allDay, holidays: ["2026-03-02"] };
    expect(isOpenAt(calendar, new Date("2026-03-01T12:59:00Z"))).toBe(true); // Sunday 23:59 in Sydney
    expect(isOpenAt(calendar, new Date("2026-03-01T13:00:00Z"))).toBe(false); // Monday 00:00 in Sydney
  });
});

describe("hasOpeningHours", () => {
  it.each<[BusinessHours, boolean]>([
    [{}, false],
    [{ mon: [] }, false],
    [{ mon: [["09:00", "09:00"]] }, false],
    [{ sat: [["10:00", "12:00"]] }, true],
  ])("%j → %s", (hours, expected) => {
    expect(hasOpeningHours(hours)).toBe(expected);
  });
});
