import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../../schemas/timeline.ts";
import { waitingEffectOf, waitingSinceAfter, type WaitingEffect } from "./waiting.ts";

const EARLIER = "2026-03-02T08:40:00.000Z";
const NOW = "2026-03-02T09:00:00.000Z";

describe("waitingEffectOf", () => {
  it.each<[kind: TimelineItem["kind"], direction: TimelineItem["direction"], effect: WaitingEffect]>([
    ["message", "inbound", "start"],
    ["message", "outbound", "stop"],
    ["note", null, "none"],
    ["call", "inbound", "none"],
    ["assignment", null, "none"],
    ["statusChange", null, "none"],
    ["system", null, "none"],
  ])("a %s (%s) → %s", (kind, direction, effect) => {
    expect(waitingEffectOf({ kind, direction })).toBe(effect);
  });
});

describe("waitingSinceAfter", () => {
  it.each<[name: string, before: string | null, effect: WaitingEffect, after: string | null]>([
    ["a customer message starts the wait", null, "start", NOW],
    ["a second customer message keeps the first one's start", EARLIER, "start", EARLIER],
    ["an agent reply ends the wait", EARLIER, "stop", null],
    ["an agent reply when nobody waits", null, "stop", null],
    ["a note leaves the wait", EARLIER, "none", EARLIER],
    ["a note when nobody waits", null, "none", null],
  ])("%s", (_name, before, effect, after) => {
    expect(waitingSinceAfter(before, effect, NOW)).toBe(after);
  });
});
