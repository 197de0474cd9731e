import type { Whoami } from "../../shared/contract/session.ts";
import { defineHandlers } from "../handlers/defineHandlers.ts";
import { listBrandsOfUser } from "../brands/repo.ts";
import { findUserSummary } from "../users/repo.ts";
import { notFound } from "../handlers/failure.ts";

export const sessionHandlers = defineHandlers({
  "session:whoami": {
    // every signed-in user may ask who they are; the answer is scoped to them
    authorize: async () => undefined,
    run: async (ctx, _input, db): Promise<Whoami> => {
      const user = await findUserSummary(db, ctx.userId);
      if (!user) throw notFound("User");
      return { user, brands: await listBrandsOfUser(db, ctx.userId) };
    },
  },
});
