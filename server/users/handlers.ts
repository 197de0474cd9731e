import { brandsWhere } from "../../shared/domain/access/can.ts";
import { authorizeBrand, loadPrincipal } from "../auth/access.ts";
import { defineHandlers, push } from "../realtime/defineHandlers.ts";
import { forbidden } from "../realtime/failure.ts";
import { rooms } from "../realtime/rooms.ts";
import type { UserSummary } from "../../shared/schemas/user.ts";
import { listUsersOfBrands } from "./repo.ts";
import { setMembership } from "./setMembership.ts";
import { authorizeSetUserDisabled, setUserDisabled } from "./setUserDisabled.ts";

const toAdminsOf = (user: UserSummary, extraBrandIds: string[] = []) =>
  [...new Set([...user.memberships.map((m) => m.brandId as string), ...extraBrandIds])].map((brandId) =>
    push(rooms.brandAdmins(brandId), "user:changed", user),
  );

export const userHandlers = defineHandlers({
  "user:list": {
    authorize: async (ctx) => {
      const administered = brandsWhere(await loadPrincipal(ctx.db, ctx.userId), "user.manage");
      if (administered.length === 0) throw forbidden();
      return administered;
    },
    run: (_ctx, _input, db, administered: string[]) => listUsersOfBrands(db, administered),
  },
  "membership:set": {
    authorize: (ctx, input) => authorizeBrand(ctx.db, ctx.userId, input.brandId, "user.manage"),
    run: (ctx, input, db) => setMembership(ctx, input, db),
    // the brand's admins hear of it even when the user has just left that brand
    broadcast: (user, _ctx, input) => toAdminsOf(user, [input.brandId]),
    afterCommit: (user, ctx) => ctx.access.accessChanged(user.id),
  },
  "user:setDisabled": {
    authorize: (ctx, input) => authorizeSetUserDisabled(ctx, input.userId),
    run: (ctx, input, db) => setUserDisabled(ctx, input, db),
    broadcast: (user) => toAdminsOf(user),
    afterCommit: async (user, ctx) => {
      if (user.disabled) await ctx.access.userDisabled(user.id);
    },
  },
});
