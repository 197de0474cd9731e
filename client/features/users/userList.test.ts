import { describe, expect, it } from "vitest";
import type { UserSummary } from "../../../shared/schemas/user.ts";
import { applyAgentStateToUsers, applyUserChange, sortedByName } from "./userList.ts";

const user = (id: string, name: string, overrides: Partial<UserSummary> = {}) =>
  ({
    id,
    name,
    email: `${name.toLowerCase()}@switchboard.demo`,
    timeZone: "Europe/Dublin",
    status: "offline",
    chatCapacity: 3,
    disabled: false,
    memberships: [],
    ...overrides,
  }) as UserSummary;

describe("applyUserChange", () => {
  it("replaces the changed user in place", () => {
    const users = [user("1", "Ana"), user("2", "Tom")];
    const changed = user("1", "Ana", { disabled: true });
    expect(applyUserChange(users, changed)).toEqual([changed, users[1]]);
  });

  it("adds a user the list did not have", () => {
    const users = [user("1", "Ana")];
    const added = user("3", "Sam");
    expect(applyUserChange(users, added)).toEqual([users[0], added]);
  });

  it("leaves the given list untouched", () => {
    const users = [user("1", "Ana")];
    applyUserChange(users, user("1", "Ana", { disabled: true }));
    expect(users[0]?.disabled).toBe(false);
  });
});

describe("sortedByName", () => {
  it("orders by name, then email", () => {
    const sorted = sortedByName([user("2", "Tom"), user("1", "Ana"), user("3", "Ana", { email: "a@x" })]);
    expect(sorted.map((u) => u.id)).toEqual(["3", "1", "2"]);
  });
});

describe("applyAgentStateToUsers", () => {
  const state = { userId: "1", status: "available" as const, chatCapacity: 5 };

  it("sets the user's status and capacity", () => {
    const users = [user("1", "Ana"), user("2", "Tom")];
    const next = applyAgentStateToUsers(users, state);
    expect(next[0]).toMatchObject({ id: "1", status: "available", chatCapacity: 5 });
    expect(next[1]).toBe(users[1]);
    expect(users[0]?.chatCapacity).toBe(3);
  });

  it("returns the same list when the user is not in it or nothing changed", () => {
    const users = [user("2", "Tom"), user("1", "Ana", { status: "available", chatCapacity: 5 })];
    expect(applyAgentStateToUsers(users, state)).toBe(users);
    expect(applyAgentStateToUsers([user("2", "Tom")], state)).toHaveLength(1);
  });
});
