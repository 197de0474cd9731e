import { describe, expect, it } from "vitest";
import { safeNextPath, signInHref } from "./nextPath.ts";

describe("safeNextPath", () => {
  it.each([
    [undefined, "/"],
    ["/admin/users", "/admin/users"],
    ["/admin/users?tab=2", "/admin/users?tab=2"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["/sign-in", "/"],
    ["/sign-in?next=%2F", "/"],
  ])("%s → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe("signInHref", () => {
  it("keeps the page the agent was on", () => {
    expect(signInHref("/admin/users", true)).toBe("/sign-in?next=%2Fadmin%2Fusers");
  });
  it("drops it after a deliberate sign-out, and for the home page", () => {
    expect(signInHref("/admin/users", false)).toBe("/sign-in");
    expect(signInHref("/", true)).toBe("/sign-in");
  });
});
