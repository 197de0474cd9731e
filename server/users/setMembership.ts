import type { z } from "zod";
import type { SetMembership } from "../../shared/contract/users.ts";
import type { UserSummary } from "../../shared/schemas/user.ts";
import { recordAudit } from "../audit/auditLog.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { RequestFailure, notFound } from "../handlers/failure.ts";
import { countAdminsOfBrand, deleteMembership, findUserSummary, upsertMembership } from "./repo.ts";

/** Grants, changes or removes a user's role in one brand, audited; a brand always keeps one active admin. */
export async function setMembership(ctx: HandlerContext, input: z.output<typeof SetMembership>, db: Queryable): Promise<UserSummary> {
  const now = ctx.clock.now();
  if (!(await findUserSummary(db, input.userId))) throw notFound("User");
  const before = input.role === null ? await deleteMembership(db, input.userId, input.brandId) : await upsertMembership(db, input.userId, input.brandId, input.role, now);
  if (before === "admin" && input.role !== "admin" && (await countAdminsOfBrand(db, input.brandId)) === 0) {
    throw new RequestFailure("conflict", "A brand must keep at least one active admin.");
  }
  if (before !== input.role) {
    await recordAudit(db, {
      at: now,
      actorUserId: ctx.userId,
      action: input.role === null ? "membership.removed" : before === null ? "membership.granted" : "membership.changed",
      brandId: input.brandId,
      targetType: "user",
      targetId: input.userId,
      ip: ctx.ip,
      data: { from: before, to: input.role },
    });
  }
  const after = await findUserSummary(db, input.userId);
  if (!after) throw notFound("User");
  return after;
}
