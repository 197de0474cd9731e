import { describe, expect, it } from "vitest";
import type { BrandId, UserId } from "../../schemas/ids.ts";
import type { Role } from "../../schemas/user.ts";
import { planAssignment, type CandidateAccess } from "./assignment.ts";

const brandId = "0195a000-0000-7000-8000-00000000000b" as BrandId;
const otherBrandId = "0195a000-0000-7000-8000-00000000000c" as BrandId;
const ana = "0195a000-0000-7000-8000-0000000000a1" as UserId;
const tom = "0195a000-0000-7000-8000-0000000000a2" as UserId;

const member = (userId: UserId, role: Role, brand = brandId, disabled = false): CandidateAccess => ({
  userId,
  disabled,
  memberships: [{ brandId: brand, role }],
});

describe("planAssignment", () => {
  it.each<[name: string, current: UserId | null, to: UserId | null, candidate: CandidateAccess]>([
    ["an agent of the brand", null, tom, member(tom, "agent")],
    ["a supervisor of the brand", ana, tom, member(tom, "supervisor")],
    ["an admin of the brand", ana, tom, member(tom, "admin")],
    ["nobody (unassign)", ana, null, null],
  ])("assigns to %s", (_name, current, to, candidate) => {
    expect(planAssignment({ brandId, assigneeId: current }, to, candidate)).toEqual({
      kind: "change",
      columns: { assigneeId: to },
      item: { from: current, to },
    });
  });

  it.each<[name: string, current: UserId | null, to: UserId | null, candidate: CandidateAccess]>([
    ["the same assignee", tom, tom, member(tom, "agent")],
    ["nobody, when nobody holds it", null, null, null],
  ])("leaves it unchanged for %s", (_name, current, to, candidate) => {
    expect(planAssignment({ brandId, assigneeId: current }, to, candidate)).toEqual({ kind: "unchanged" });
  });

  it.each<[name: string, candidate: CandidateAccess]>([
    ["a trainer of the brand", member(tom, "trainer")],
    ["an agent of another brand", member(tom, "agent", otherBrandId)],
    ["a disabled agent of the brand", member(tom, "agent", brandId, true)],
    ["a user who does not exist", null],
  ])("refuses %s, with the same message", (_name, candidate) => {
    expect(planAssignment({ brandId, assigneeId: ana }, tom, candidate)).toEqual({
      kind: "refused",
      code: "invalid_input",
      message: "That teammate cannot work on this brand's conversations.",
    });
  });
});
