import { expect, it } from "vitest";
import { signatureFor } from "./signature.ts";

it("puts the agent's name into every {{agent.name}} and leaves other placeholders", () => {
  expect(signatureFor("Kind regards,\n{{agent.name}}\n{{agent.name}} · {{brand.phone}}", "Ana Souza")).toBe(
    "Kind regards,\nAna Souza\nAna Souza · {{brand.phone}}",
  );
});
