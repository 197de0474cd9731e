import { describe, expect, it } from "vitest";
import { describeTimeDifference, utcOffsetMinutes } from "./clock.ts";

const winter = new Date("2026-01-15T12:00:00Z");
const summer = new Date("2026-07-15T12:00:00Z");

describe("utcOffsetMinutes", () => {
  it.each([
    ["UTC", winter, 0],
    ["Europe/Dublin", winter, 0],
    ["Europe/Dublin", summer, 60],
    ["America/New_York", winter, -300],
    ["Asia/Kolkata", summer, 330],
  ])("%s at %s is %i", (zone, at, expected) => {
    expect(utcOffsetMinutes(zone, at)).toBe(expected);
  });
});

describe("describeTimeDifference", () => {
  it.each([
    ["Europe/Dublin", "Europe/Dublin", winter, "Same time as you"],
    ["Europe/Berlin", "Europe/Dublin", winter, "1 h ahead of you"],
    ["America/New_York", "Europe/Dublin", summer, "5 h behind you"],
    ["Asia/Kolkata", "UTC", winter, "5 h 30 min ahead of you"],
    ["Asia/Kathmandu", "Asia/Kolkata", winter, "15 min ahead of you"],
  ])("%s seen from %s", (brandZone, agentZone, at, expected) => {
    expect(describeTimeDifference(brandZone, agentZone, at)).toBe(expected);
  });
});
