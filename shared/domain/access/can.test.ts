import { describe, expect, it } from "vitest";
import type { BrandId } from "../../schemas/ids.ts";
import { AgentStatus, Role, type Membership } from "../../schemas/user.ts";
import { headlineRole, maySetStatus, ROLES, rolesWith, takesChats } from "./can.ts";

const LUMEN = "brand-lumen" as BrandId;
const THREAD = "brand-thread" as BrandId;
const as = (...memberships: [BrandId, Role][]) => ({ userId: "user-1", memberships: memberships.map(([brandId, role]): Membership => ({ brandId, role })) });

describe("roles", () => {
  it("lists every role once, from the least to the most it may do", () => {
    expect([...ROLES].sort()).toEqual([...Role.options].sort());
    expect(ROLES).toEqual(["agent", "trainer", "supervisor", "admin"]);
  });

  it.each<[string, Role[], Role | null]>([
    ["no brand", [], null],
    ["agent only", ["agent"], "agent"],
    ["trainer and agent", ["agent", "trainer"], "trainer"],
    ["supervisor and trainer", ["trainer", "supervisor"], "supervisor"],
    ["admin anywhere", ["agent", "admin", "trainer"], "admin"],
  ])("heads the name with the highest role held: %s", (_name, roles, expected) => {
    expect(headlineRole(roles.map((role, i) => ({ brandId: `brand-${i}` as BrandId, role })))).toBe(expected);
  });

  it("gives chats to agents, supervisors and admins, never to trainers", () => {
    expect(rolesWith("chat.take")).toEqual(["agent", "supervisor", "admin"]);
  });
});

describe("who may be available", () => {
  it.each<[string, ReturnType<typeof as>, boolean]>([
    ["an agent", as([LUMEN, "agent"]), true],
    ["a supervisor", as([LUMEN, "supervisor"]), true],
    ["an admin", as([LUMEN, "admin"]), true],
    ["a trainer", as([LUMEN, "trainer"]), false],
    ["a trainer in every brand", as([LUMEN, "trainer"], [THREAD, "trainer"]), false],
    ["a trainer in one brand and an agent in another", as([LUMEN, "trainer"], [THREAD, "agent"]), true],
    ["someone with no brand", as(), false],
  ])("%s takes chats: %s", (_name, principal, expected) => {
    expect(takesChats(principal)).toBe(expected);
  });

  it.each<[string, ReturnType<typeof as>, AgentStatus[]]>([
    ["an agent", as([LUMEN, "agent"]), ["available", "away", "offline"]],
    ["an admin", as([LUMEN, "admin"]), ["available", "away", "offline"]],
    ["a trainer", as([LUMEN, "trainer"]), ["offline"]],
    ["someone with no brand", as(), ["offline"]],
  ])("%s may set only %j", (_name, principal, allowed) => {
    expect(AgentStatus.options.filter((status) => maySetStatus(principal, status))).toEqual(allowed);
  });
});
