import { describe, expect, it } from "vitest";
import { BUDGETS, budgetRow, judge, type Figure } from "./budgets.ts";

const budgetOf = (name: string) => BUDGETS.find((b) => b.name === name)!;

describe("judge", () => {
  it.each([
    { name: "chat.relay_p99_ms", value: 49.999, expected: { value: 50, unit: "ms", budget: 50, met: true } },
    { name: "chat.relay_p99_ms", value: 50, expected: { value: 50, unit: "ms", budget: 50, met: true } },
    { name: "chat.relay_p99_ms", value: 50.01, expected: { value: 50.01, unit: "ms", budget: 50, met: false } },
    { name: "chat.durable_msgs_per_s", value: 2400, expected: { value: 2400, unit: "msg/s", budget: 2400, met: true } },
    { name: "chat.durable_msgs_per_s", value: 2399.5, expected: { value: 2399.5, unit: "msg/s", budget: 2400, met: false } },
    { name: "chat.durable_embedded_msgs_per_s", value: 1500, expected: { value: 1500, unit: "msg/s", budget: 1500, met: true } },
    { name: "chat.durable_embedded_msgs_per_s", value: 1499, expected: { value: 1499, unit: "msg/s", budget: 1500, met: false } },
    { name: "chat.relay_p99_ratio", value: 16.2149, expected: { value: 16.21, unit: "ratio", budget: null, met: null } },
  ])("$name = $value", ({ name, value, expected }) => {
    expect(judge(name, value)).toEqual({ name, ...expected });
  });

  it("refuses a figure the brief has no row for", () => {
    expect(() => judge("chat.relay_p99_s", 1)).toThrow("no budget named chat.relay_p99_s");
  });
});

describe("budgetRow", () => {
  const figure = (name: string, value: number): Figure => judge(name, value);

  it.each([
    { name: "chat.relay_p99_ms", figure: figure("chat.relay_p99_ms", 39.3), row: ["chat.relay_p99_ms", "39.3 ms", "≤ 50 ms", "met"] },
    { name: "chat.durable_msgs_per_s", figure: figure("chat.durable_msgs_per_s", 1698.8), row: ["chat.durable_msgs_per_s", "1698.8 msg/s", "≥ 2,400 msg/s", "MISSED"] },
    { name: "chat.relay_p99_ratio", figure: figure("chat.relay_p99_ratio", 16.21), row: ["chat.relay_p99_ratio", "16.21 ratio", "printed, no budget", ""] },
    { name: "chat.relay_p99_ratio", figure: undefined, row: ["chat.relay_p99_ratio", "not measured", "printed, no budget", ""] },
    { name: "chat.durable_msgs_per_s", figure: undefined, row: ["chat.durable_msgs_per_s", "not measured", "≥ 2,400 msg/s", ""] },
    { name: "email.ingest_p95_ms", figure: undefined, row: ["email.ingest_p95_ms", "not measured yet", "≤ 1,000 ms", ""] },
  ])("$name, $row.1", ({ name, figure, row }) => {
    expect(budgetRow(budgetOf(name), figure)).toEqual(row);
  });
});
