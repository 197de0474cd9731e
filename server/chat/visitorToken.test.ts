import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { visitorTokens } from "./visitorToken.ts";

const claims = { brandId: "b1", contactId: "p1", conversationId: "c1" };

describe("visitor tokens", () => {
  const tokens = visitorTokens(randomBytes(32));

  it("gives back the claims of a token it signed", () => {
    expect(tokens.verify(tokens.sign(claims))).toEqual(claims);
  });

  it("refuses a token whose claims were edited", () => {
    const [, signature] = tokens.sign(claims).split(".");
    const forged = Buffer.from(JSON.stringify({ b: "b1", p: "p1", c: "someone-elses-chat" })).toString("base64url");
    expect(tokens.verify(`${forged}.${signature}`)).toBeNull();
  });

  it("refuses a token signed with another key", () => {
    expect(tokens.verify(visitorTokens(randomBytes(32)).sign(claims))).toBeNull();
  });

  it.each(["", "abc", "a.b.c", ".", "x".repeat(600)])("refuses garbage %#", (garbage) => {
    expect(tokens.verify(garbage)).toBeNull();
  });
});
