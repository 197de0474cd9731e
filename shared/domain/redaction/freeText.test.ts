import { describe, expect, it } from "vitest";
import { maskCardNumbersIn } from "./freeText.ts";

describe("maskCardNumbersIn", () => {
  it.each([
    ["a plain string", "card 4111 1111 1111 1111", "card •••• 1111"],
    ["a name made of a card number", "4111-1111-1111-1111", "•••• 1111"],
    ["a card number as an email's local part", "4111111111111111@example.com", "•••• 1111@example.com"],
    ["a string with no card number", "order 4111111111111112", "order 4111111111111112"],
    ["an empty string", "", ""],
    ["a number", 4111111111111111, 4111111111111111],
    ["a boolean", true, true],
    ["null", null, null],
    ["undefined", undefined, undefined],
    ["a UUID whose first three groups are digits (the 16 digits pass Luhn)", "41111111-1111-1111-a111-111111111111", "41111111-1111-1111-a111-111111111111"],
    ["a UUID in capitals", "41111111-1111-1111-A111-111111111111", "41111111-1111-1111-A111-111111111111"],
    ["a card number followed by a UUID-like tail is no UUID", "4111 1111 1111 1111 then 0000-1111", "•••• 1111 then 0000-1111"],
  ])("%s", (_name, input, expected) => {
    expect(maskCardNumbersIn(input)).toEqual(expected);
  });

  it("masks every string of nested objects and arrays, and leaves every other value as it was", () => {
    const conversationId = "41111111-1111-1111-a111-111111111111";
    const input = {
      clientId: "01900000-0000-7000-8000-000000000000",
      conversationId,
      tags: ["billing", "4111 1111 1111 1111", "5555-5555-5555-4444"],
      filter: { tags: ["4242424242424242"], assignee: conversationId, statuses: ["open"] },
      score: 5,
      ifNoReplySince: 0,
      disabled: false,
      snoozedUntil: null,
      rows: [{ note: "call back on 4012 8888 8888 1881", seq: 3 }, [["30569309025904"]]],
    };
    expect(maskCardNumbersIn(input)).toEqual({
      clientId: "01900000-0000-7000-8000-000000000000",
      conversationId,
      tags: ["billing", "•••• 1111", "•••• 4444"],
      filter: { tags: ["•••• 4242"], assignee: conversationId, statuses: ["open"] },
      score: 5,
      ifNoReplySince: 0,
      disabled: false,
      snoozedUntil: null,
      rows: [{ note: "call back on •••• 1881", seq: 3 }, [["•••• 5904"]]],
    });
  });

  it("returns a copy and leaves the parsed payload it was given unchanged", () => {
    const input = { note: "4111 1111 1111 1111", tags: ["4111 1111 1111 1111"] };
    const masked = maskCardNumbersIn(input);
    expect(input).toEqual({ note: "4111 1111 1111 1111", tags: ["4111 1111 1111 1111"] });
    expect(masked).not.toBe(input);
  });

  it("leaves objects that are not plain data (a Date) as they are", () => {
    const at = new Date("2026-03-02T08:00:00Z");
    expect(maskCardNumbersIn({ at }).at).toBe(at);
  });
});
