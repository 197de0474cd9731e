import { describe, expect, it } from "vitest";
import { fillPlaceholders, firstNameOf } from "./placeholders.ts";

const values = { contact: { name: "Maeve  Byrne" }, agent: { name: "Ana Souza" }, brand: { name: "Lumen Fibre" } };

describe("fillPlaceholders", () => {
  it.each([
    ["Hi {{contact.first_name}}, I'm {{agent.name}} from {{brand.name}}.", "Hi Maeve, I'm Ana Souza from Lumen Fibre."],
    ["Dear {{contact.name}}", "Dear Maeve  Byrne"],
    ["{{ contact.first_name }} and {{contact.first_name}}", "Maeve and Maeve"],
    ["Cheers, {{agent.first_name}}", "Cheers, Ana"],
    ["Order {{order.number}} is on its way", "Order {{order.number}} is on its way"],
    ["No placeholders", "No placeholders"],
  ])("%s", (text, expected) => {
    expect(fillPlaceholders(text, values)).toBe(expected);
  });

  it("leaves a placeholder it has no value for", () => {
    expect(fillPlaceholders("Hi {{contact.first_name}}", { ...values, contact: { name: " " } })).toBe("Hi {{contact.first_name}}");
  });
});

describe("firstNameOf", () => {
  it("takes the first word", () => {
    expect(firstNameOf(" Ana Souza ")).toBe("Ana");
    expect(firstNameOf("")).toBe("");
  });
});
