import { describe, expect, it } from "vitest";
import { luhnValid, maskCardNumbers } from "./cardNumbers.ts";

describe("maskCardNumbers", () => {
  it.each([
    ["Visa, plain", "my card is 4111111111111111 thanks", "my card is •••• 1111 thanks"],
    ["Visa, spaced", "4242 4242 4242 4242", "•••• 4242"],
    ["Mastercard, dashed", "card: 5555-5555-5555-4444.", "card: •••• 4444."],
    ["Amex, 15 digits grouped 4-6-5", "amex 3782 822463 10005 ok", "amex •••• 0005 ok"],
    ["Diners, 14 digits", "30569309025904", "•••• 5904"],
    ["Visa 13 digits", "4222222222222", "•••• 2222"],
    ["19-digit UnionPay card", "6221 2600 0000 0000 019 ", "•••• 0019 "],
    ["two cards in one text", "4111111111111111 or 5500 0000 0000 0004", "•••• 1111 or •••• 0004"],
    ["card at line start and end", "4012888888881881\n", "•••• 1881\n"],
  ])("masks %s", (_name, input, expected) => {
    expect(maskCardNumbers(input)).toBe(expected);
  });

  it.each([
    ["a phone number", "call me on +44 20 7946 0958"],
    ["a US phone number with dashes", "555-867-5309"],
    ["an order number failing Luhn", "order 4111111111111112 is late"],
    ["a date", "on 2024-03-15 at 10:30"],
    ["a 12-digit number", "ref 411111111111"],
    ["a 20-digit number that contains a valid card", "id 41111111111111110000"],
    ["a tracking number", "1Z999AA10123456784"],
    ["an IBAN", "GB82 WEST 1234 5698 7654 32"],
    ["all zeros", "0000 0000 0000 0000"],
  ])("leaves %s alone", (_name, input) => {
    expect(maskCardNumbers(input)).toBe(input);
  });

  it("is idempotent", () => {
    const once = maskCardNumbers("pay with 4111 1111 1111 1111");
    expect(maskCardNumbers(once)).toBe(once);
  });
});

describe("luhnValid", () => {
  it.each([
    ["4111111111111111", true],
    ["4111111111111112", false],
    ["79927398713", true],
    ["79927398710", false],
  ])("%s → %s", (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });
});
