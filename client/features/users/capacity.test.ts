import { describe, expect, it } from "vitest";
import { parseCapacity } from "./capacity.ts";

describe("parseCapacity", () => {
  it.each([
    ["0", 0],
    ["3", 3],
    [" 20 ", 20],
  ])("takes %j", (text, capacity) => {
    expect(parseCapacity(text)).toEqual({ ok: true, capacity });
  });

  it.each([
    ["", "Enter a whole number from 0 to 20."],
    ["-1", "Enter a whole number from 0 to 20."],
    ["2.5", "Enter a whole number from 0 to 20."],
    ["three", "Enter a whole number from 0 to 20."],
    ["21", "At most 20 chats at once."],
  ])("refuses %j", (text, message) => {
    expect(parseCapacity(text)).toEqual({ ok: false, message });
  });
});
