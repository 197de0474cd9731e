import { authorizeBrand } from "../access/access.ts";
import { defineHandlers } from "../handlers/defineHandlers.ts";
import { authorizeContact, getContact } from "./getContact.ts";
import { listCannedReplies } from "./repo.ts";

export const contactHandlers = defineHandlers({
  "contact:get": {
    authorize: (ctx, input) => authorizeContact(ctx.db, ctx.userId, input.contactId),
    run: (_ctx, input, db, access: { brandId: string }) => getContact(db, input.contactId, access.brandId),
  },
  "cannedReply:list": {
    // trainers read them too: they prepare agents to use them, and canned replies hold no customer data
    authorize: (ctx, input) => authorizeBrand(ctx.db, ctx.userId, input.brandId, "kb.read"),
    run: (_ctx, input, db) => listCannedReplies(db, input.brandId),
  },
});
