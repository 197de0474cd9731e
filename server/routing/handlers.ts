import { brandsWhere } from "../../shared/domain/access/can.ts";
import { authorizeConversation, loadPrincipal } from "../access/access.ts";
import type { TransferConversation } from "../../shared/schemas/chat.ts";
import { announceChange } from "../conversations/announceChange.ts";
import { followAssignment } from "../conversations/assign.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { defineHandlers, push, withResult } from "../handlers/defineHandlers.ts";
import { forbidden, notFound } from "../handlers/failure.ts";
import { rooms } from "../handlers/rooms.ts";
import { findUserSummary } from "../users/repo.ts";
import { adminsOfBrands, membershipsWithin } from "../users/visibility.ts";
import { findAgentState, listBrandQueues, listChatBrandIds } from "./repo.ts";
import { returnChatsToQueue } from "./returnChatsToQueue.ts";
import { authorizeStatus, setAgentStatus, setChatCapacity } from "./setAgentStatus.ts";
import { transferConversation } from "./transfer.ts";

export const routingHandlers = defineHandlers({
  "agent:state": {
    authorize: async () => undefined,
    run: async (ctx, _input, db) => {
      const state = await findAgentState(db, ctx.userId);
      if (!state) throw notFound("User");
      return state;
    },
  },
  "agent:setStatus": {
    // only brands they take chats for are affected
    authorize: (ctx, input) => authorizeStatus(ctx, input),
    run: (ctx, input, db) => setAgentStatus(ctx, input, db),
    announce: (state, ctx) => [push(rooms.user(ctx.userId), "agent:stateChanged", state, { exceptCaller: true })],
    afterCommit: async (state, ctx) => {
      await ctx.chat.announceAgents([], await listChatBrandIds(ctx.db, state.userId));
      if (state.status === "available") await ctx.chat.routing.route();
      if (state.status === "offline") await returnChatsToQueue(ctx, state.userId);
    },
  },
  "agent:setCapacity": {
    // an admin of any brand the user works for; other users' ids get the same answer as unknown ones
    authorize: async (ctx, input) => {
      const administered = brandsWhere(await loadPrincipal(ctx.db, ctx.userId), "user.manage");
      const theirs = (await loadPrincipal(ctx.db, input.userId)).memberships.map((m) => m.brandId);
      if (administered.length === 0) throw forbidden();
      if (!theirs.some((brandId) => administered.includes(brandId))) throw notFound("User");
      return administered;
    },
    run: (ctx, input, db) => setChatCapacity(ctx, input, db),
    afterCommit: async (state, ctx) => {
      await ctx.chat.announceAgents([state.userId], await listChatBrandIds(ctx.db, state.userId));
      const user = await findUserSummary(ctx.db, state.userId);
      if (user) {
        for (const admin of await adminsOfBrands(ctx.db, user.memberships.map((m) => m.brandId))) {
          ctx.io.to(rooms.user(admin.userId)).emit("user:changed", membershipsWithin(user, admin.brandIds));
        }
      }
      await ctx.chat.routing.route();
    },
  },
  "queue:list": {
    authorize: async () => undefined,
    run: async (ctx, _input, db) => listBrandQueues(db, brandsWhere(await loadPrincipal(db, ctx.userId), "conversation.read")),
  },
  "conversation:transfer": withResult({
    authorize: (ctx: HandlerContext, input: TransferConversation) => authorizeConversation(ctx.db, ctx.userId, input.conversationId, "conversation.write"),
    run: (ctx, input, db) => transferConversation(ctx, input, db),
    reply: (changed) => changed.conversation,
    announce: announceChange,
    afterCommit: (changed, ctx) => followAssignment(ctx, changed),
  }),
});
