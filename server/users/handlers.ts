import { brandsWhere } from "../../shared/domain/access/can.ts";
import type { UserSummary } from "../../shared/schemas/user.ts";
import { authorizeBrand, loadPrincipal } from "../access/access.ts";
import type { Queryable } from "../db/client.ts";
import { defineHandlers } from "../handlers/defineHandlers.ts";
import { forbidden } from "../handlers/failure.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { rooms } from "../handlers/rooms.ts";
import { listUsersOfBrands } from "./repo.ts";
import { setMembership } from "./setMembership.ts";
import { authorizeSetUserDisabled, setUserDisabled } from "./setUserDisabled.ts";
import { adminsOfBrands, membershipsWithin } from "./visibility.ts";

const administeredBy = async (db: Queryable, userId: string) => brandsWhere(await loadPrincipal(db, userId), "user.manage");

/** Tells each admin of the affected brands, with the memberships that admin may see. */
async function notifyAdmins(ctx: HandlerContext, user: UserSummary, brandIds: string[]): Promise<void> {
  for (const admin of await adminsOfBrands(ctx.db, brandIds)) {
    ctx.io.to(rooms.user(admin.userId)).emit("user:changed", membershipsWithin(user, admin.brandIds));
  }
}

export const userHandlers = defineHandlers({
  "user:list": {
    authorize: async (ctx) => {
      const administered = await administeredBy(ctx.db, ctx.userId);
      if (administered.length === 0) throw forbidden();
      return administered;
    },
    run: async (_ctx, _input, db, administered: string[]) =>
      (await listUsersOfBrands(db, administered)).map((user) => membershipsWithin(user, administered)),
  },
  "membership:set": {
    authorize: (ctx, input) => authorizeBrand(ctx.db, ctx.userId, input.brandId, "user.manage"),
    run: async (ctx, input, db) => membershipsWithin(await setMembership(ctx, input, db), await administeredBy(db, ctx.userId)),
    afterCommit: async (user, ctx, input) => {
      // the brand's admins hear of it even when the user has just left that brand
      await notifyAdmins(ctx, user, [...user.memberships.map((m) => m.brandId), input.brandId]);
      await ctx.access.accessChanged(user.id);
    },
  },
  "user:setDisabled": {
    authorize: (ctx, input) => authorizeSetUserDisabled(ctx, input.userId),
    run: async (ctx, input, db) => membershipsWithin(await setUserDisabled(ctx, input, db), await administeredBy(db, ctx.userId)),
    afterCommit: async (user, ctx) => {
      await notifyAdmins(ctx, user, user.memberships.map((m) => m.brandId));
      if (user.disabled) await ctx.access.userDisabled(user.id);
    },
  },
});
