import { describe, expect, it } from "vitest";
import { chatAvailability } from "./availability.ts";

const brand = { businessHours: { mon: [["09:00", "18:00"]] as [string, string][] }, timeZone: "Europe/London", holidays: [] };
const mondayNoon = new Date("2026-03-02T12:00:00Z");
const mondayNight = new Date("2026-03-02T22:00:00Z");

describe("chatAvailability", () => {
  it("is online inside hours with an agent available", () => {
    expect(chatAvailability(brand, 1, mondayNoon)).toEqual({ online: true, reason: null });
  });
  it("is closed outside hours, whoever is available", () => {
    expect(chatAvailability(brand, 5, mondayNight)).toEqual({ online: false, reason: "closed" });
  });
  it("takes messages inside hours when no agent is available", () => {
    expect(chatAvailability(brand, 0, mondayNoon)).toEqual({ online: false, reason: "noAgents" });
  });
  it("is closed on a holiday", () => {
    expect(chatAvailability({ ...brand, holidays: ["2026-03-02"] }, 5, mondayNoon)).toEqual({ online: false, reason: "closed" });
  });
});
