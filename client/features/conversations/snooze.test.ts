import { describe, expect, it } from "vitest";
import { snoozePresets, zonedInstant } from "./snooze.ts";

const iso = (presets: ReturnType<typeof snoozePresets>) => Object.fromEntries(presets.map((p) => [p.key, p.until.toISOString()]));

describe("snoozePresets", () => {
  it("counts in the agent's time zone", () => {
    // Wednesday 4 March 2026, 22:30 in New York (03:30 UTC on the 5th)
    expect(iso(snoozePresets(new Date("2026-03-05T03:30:00Z"), "America/New_York"))).toEqual({
      hour: "2026-03-05T04:30:00.000Z",
      tomorrow: "2026-03-05T14:00:00.000Z",
      monday: "2026-03-09T13:00:00.000Z", // clocks went forward on 8 March: 9:00 EDT
    });
  });

  it("puts next Monday a week away on a Monday", () => {
    expect(iso(snoozePresets(new Date("2026-03-02T10:00:00Z"), "Europe/London")).monday).toBe("2026-03-09T09:00:00.000Z");
  });

  it("handles a zone east of UTC around midnight", () => {
    // Sunday 1 March, 23:30 UTC is already Monday 2 March in Sydney
    expect(iso(snoozePresets(new Date("2026-03-01T23:30:00Z"), "Australia/Sydney"))).toMatchObject({
      tomorrow: "2026-03-02T22:00:00.000Z",
      monday: "2026-03-08T22:00:00.000Z",
    });
  });
});

describe("zonedInstant", () => {
  it("finds the instant of a wall-clock time across a change of clocks", () => {
    expect(zonedInstant("Europe/London", 2026, 3, 29, 9).toISOString()).toBe("2026-03-29T08:00:00.000Z");
    expect(zonedInstant("Europe/London", 2026, 3, 28, 9).toISOString()).toBe("2026-03-28T09:00:00.000Z");
  });
});
