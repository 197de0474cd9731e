import type { z } from "zod";
import type { SetUserDisabled } from "../../shared/contract/users.ts";
import type { UserSummary } from "../../shared/schemas/user.ts";
import { can } from "../../shared/domain/access/can.ts";
import { loadPrincipal } from "../access/access.ts";
import { endSessionsOfUser } from "../auth/sessions.ts";
import { recordAudit } from "../audit/auditLog.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { RequestFailure, forbidden, notFound } from "../handlers/failure.ts";
import { findUserSummary, setDisabledAt } from "./repo.ts";

/**
 * Only an admin of every brand the user works for may disable them: one client's admin cannot lock out
 * staff who also serve other clients. A user with no brand may be disabled by any admin.
 */
export async function authorizeSetUserDisabled(ctx: HandlerContext, targetUserId: string): Promise<void> {
  const [actor, target] = await Promise.all([loadPrincipal(ctx.db, ctx.userId), findUserSummary(ctx.db, targetUserId)]);
  const adminAnywhere = actor.memberships.some((m) => can(actor, "user.manage", m.brandId));
  if (!adminAnywhere) throw forbidden();
  if (targetUserId === ctx.userId) throw new RequestFailure("conflict", "You cannot disable your own account.");
  if (!target) throw notFound("User");
  if (!target.memberships.every((m) => can(actor, "user.manage", m.brandId))) {
    throw forbidden("Only an admin of every brand this user works for can disable them.");
  }
}

export async function setUserDisabled(ctx: HandlerContext, input: z.output<typeof SetUserDisabled>, db: Queryable): Promise<UserSummary> {
  const now = ctx.clock.now();
  if (!(await setDisabledAt(db, input.userId, input.disabled ? now : null, now))) throw notFound("User");
  if (input.disabled) await endSessionsOfUser(db, input.userId, now);
  await recordAudit(db, {
    at: now,
    actorUserId: ctx.userId,
    action: input.disabled ? "user.disabled" : "user.enabled",
    targetType: "user",
    targetId: input.userId,
    ip: ctx.ip,
  });
  const after = await findUserSummary(db, input.userId);
  if (!after) throw notFound("User");
  return after;
}
