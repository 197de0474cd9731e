import { describe, expect, it } from "vitest";
import { describeAge, formatAge, zoneCity } from "./time.ts";

const now = new Date("2026-03-02T12:00:00Z");

describe("formatAge", () => {
  it.each([
    ["2026-03-02T11:59:30Z", "now", "just now"],
    ["2026-03-02T11:59:00Z", "1m", "1 minute ago"],
    ["2026-03-02T11:15:00Z", "45m", "45 minutes ago"],
    ["2026-03-02T09:00:00Z", "3h", "3 hours ago"],
    ["2026-02-28T12:00:00Z", "2d", "2 days ago"],
    ["2026-02-01T12:00:00Z", "4w", "4 weeks ago"],
    ["2026-03-02T12:05:00Z", "now", "just now"],
  ])("%s is %s", (iso, short, words) => {
    expect(formatAge(iso, now)).toBe(short);
    expect(describeAge(iso, now)).toBe(words);
  });
});

it("names a zone by its city", () => {
  expect(zoneCity("America/New_York")).toBe("New York");
  expect(zoneCity("UTC")).toBe("UTC");
});
