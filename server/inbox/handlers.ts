import { defineHandlers } from "../handlers/defineHandlers.ts";
import { countInbox } from "./countInbox.ts";
import { authorizeInbox } from "./inboxScope.ts";
import { listInbox } from "./listInbox.ts";
import { listInboxChanges } from "./listInboxChanges.ts";
import { searchInbox } from "./searchInbox.ts";

export const inboxHandlers = defineHandlers({
  "inbox:list": {
    authorize: (ctx, input) => authorizeInbox(ctx.db, ctx.userId, input.filter.brandIds),
    run: (ctx, input, db, brandIds: string[]) => listInbox(db, ctx.userId, brandIds, input),
  },
  "inbox:counts": {
    authorize: (ctx) => authorizeInbox(ctx.db, ctx.userId),
    run: (ctx, _input, db, brandIds: string[]) => countInbox(db, ctx.userId, brandIds),
  },
  "inbox:search": {
    authorize: (ctx, input) => authorizeInbox(ctx.db, ctx.userId, input.filter.brandIds),
    run: (ctx, input, db, brandIds: string[]) => searchInbox(db, ctx.userId, brandIds, input),
  },
  "inbox:changes": {
    authorize: (ctx) => authorizeInbox(ctx.db, ctx.userId),
    run: (ctx, input, db, brandIds: string[]) => listInboxChanges(db, ctx.userId, brandIds, input),
  },
});
