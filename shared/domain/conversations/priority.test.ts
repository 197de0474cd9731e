import { describe, expect, it } from "vitest";
import type { Priority } from "../../schemas/conversation.ts";
import { planPriority } from "./priority.ts";

describe("planPriority", () => {
  it.each<[from: Priority, to: Priority]>([
    ["normal", "urgent"],
    ["urgent", "low"],
    ["low", "high"],
  ])("%s → %s changes", (from, to) => {
    expect(planPriority({ priority: from }, to)).toEqual({ kind: "change", columns: { priority: to }, item: { change: "priority", from, to } });
  });

  it.each<Priority>(["low", "normal", "high", "urgent"])("%s to the same is unchanged", (priority) => {
    expect(planPriority({ priority }, priority)).toEqual({ kind: "unchanged" });
  });
});
