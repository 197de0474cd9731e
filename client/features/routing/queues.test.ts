import { describe, expect, it } from "vitest";
import type { BrandQueue } from "../../../shared/schemas/chat.ts";
import type { BrandId } from "../../../shared/schemas/ids.ts";
import { ids } from "../../../shared/testing/builders.ts";
import { applyQueueChange, describeWait, formatWait, queueView } from "./queues.ts";

const now = new Date("2026-03-02T12:00:00Z");
const queue = (overrides: Partial<BrandQueue> = {}): BrandQueue => ({
  brandId: ids.lumen as BrandId,
  waiting: 0,
  longestWaitingSince: null,
  agentsWithRoom: 2,
  ...overrides,
});

describe("formatWait", () => {
  it.each([
    [0, "0s", "0 seconds"],
    [1_000, "1s", "1 second"],
    [59_999, "59s", "59 seconds"],
    [60_000, "1m 00s", "1 minute"],
    [130_000, "2m 10s", "2 minutes 10 seconds"],
    [61_000, "1m 01s", "1 minute 1 second"],
    [3_600_000, "1h 00m", "1 hour"],
    [3_900_000, "1h 05m", "1 hour 5 minutes"],
    [-5_000, "0s", "0 seconds"],
  ])("%i ms is %s", (ms, short, words) => {
    expect(formatWait(ms)).toBe(short);
    expect(describeWait(ms)).toBe(words);
  });
});

describe("queueView", () => {
  it("is calm when no one waits", () => {
    expect(queueView(queue(), now)).toEqual({ tone: "calm", text: "No one waiting", parts: ["No one waiting"], label: "No one waiting", noAgentFree: false });
    expect(queueView(undefined, now).text).toBe("No one waiting");
  });

  it("counts the waiting and ages the first in line", () => {
    const view = queueView(queue({ waiting: 3, longestWaitingSince: "2026-03-02T11:59:10Z" }), now);
    expect(view).toEqual({
      tone: "waiting",
      text: "3 waiting · longest 50s",
      parts: ["3 waiting", "longest 50s"],
      label: "3 waiting, the longest for 50 seconds",
      noAgentFree: false,
    });
  });

  it("turns late after two minutes, and says when no agent has room", () => {
    const view = queueView(queue({ waiting: 1, longestWaitingSince: "2026-03-02T11:57:50Z", agentsWithRoom: 0 }), now);
    expect(view.tone).toBe("late");
    expect(view.text).toBe("1 waiting · longest 2m 10s");
    expect(view.noAgentFree).toBe(true);
  });

  it("counts without an age when the server gives none", () => {
    expect(queueView(queue({ waiting: 2 }), now).text).toBe("2 waiting");
  });
});

describe("applyQueueChange", () => {
  it("replaces the brand's queue in place, or adds it", () => {
    const lumen = queue();
    const threadline = queue({ brandId: ids.threadline as BrandId });
    const changed = queue({ waiting: 1, longestWaitingSince: "2026-03-02T11:59:00Z" });
    expect(applyQueueChange([lumen, threadline], changed)).toEqual([changed, threadline]);
    expect(applyQueueChange([threadline], changed)).toEqual([threadline, changed]);
  });
});
