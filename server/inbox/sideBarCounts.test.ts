import { describe, expect, it } from "vitest";
import { computeSideBarCounts, type CountGroup } from "./sideBarCounts.ts";

const open = (brandId: string, channel: CountGroup["channel"], who: "mine" | "unassigned" | "teammate", n: number): CountGroup => ({
  brandId,
  channel,
  status: "open",
  unassigned: who === "unassigned",
  // assignee_id = caller is null in SQL when there is no assignee
  mine: who === "unassigned" ? null : who === "mine",
  n,
});

describe("computeSideBarCounts", () => {
  it("lists every brand and channel even with nothing to count", () => {
    expect(computeSideBarCounts([], ["b1", "b2"])).toEqual({
      mine: 0,
      unassigned: 0,
      allOpen: 0,
      pendingOrSnoozed: 0,
      resolved: 0,
      byBrand: { b1: 0, b2: 0 },
      byChannel: { chat: 0, email: 0, phone: 0 },
    });
  });

  it("counts open conversations into mine, unassigned, brand and channel, and the rest by status only", () => {
    const groups: CountGroup[] = [
      open("b1", "chat", "mine", 2),
      open("b1", "email", "unassigned", 3),
      open("b2", "email", "teammate", 4),
      { brandId: "b1", channel: "phone", status: "pending", unassigned: false, mine: true, n: 5 },
      { brandId: "b2", channel: "chat", status: "snoozed", unassigned: true, mine: null, n: 6 },
      { brandId: "b1", channel: null, status: "resolved", unassigned: null, mine: null, n: 7 },
      { brandId: "b2", channel: null, status: "resolved", unassigned: null, mine: null, n: 8 },
    ];
    expect(computeSideBarCounts(groups, ["b1", "b2"])).toEqual({
      mine: 2,
      unassigned: 3,
      allOpen: 9,
      pendingOrSnoozed: 11,
      resolved: 15,
      byBrand: { b1: 5, b2: 4 },
      byChannel: { chat: 2, email: 7, phone: 0 },
    });
  });
});
