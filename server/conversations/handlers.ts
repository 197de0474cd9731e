import { authorizeConversation } from "../auth/access.ts";
import { defineHandlers } from "../realtime/defineHandlers.ts";
import { notFound } from "../realtime/failure.ts";
import { rooms } from "../realtime/rooms.ts";
import { findConversation } from "./repo.ts";

export const conversationHandlers = defineHandlers({
  "conversation:get": {
    authorize: (ctx, input) => authorizeConversation(ctx.db, ctx.userId, input.conversationId, "conversation.read"),
    run: async (_ctx, input, db) => {
      const conversation = await findConversation(db, input.conversationId);
      if (!conversation) throw notFound("Conversation");
      return conversation;
    },
  },
  "conversation:watch": {
    authorize: (ctx, input) => authorizeConversation(ctx.db, ctx.userId, input.conversationId, "conversation.read"),
    run: async (ctx, input, db) => {
      // join first, then read lastSeq: an item committed in between is both pushed and covered by catch-up
      await ctx.socket.join(rooms.conversation(input.conversationId));
      const conversation = await findConversation(db, input.conversationId);
      if (!conversation) throw notFound("Conversation");
      return { lastSeq: conversation.lastSeq };
    },
  },
  "conversation:unwatch": {
    // leaving a room needs no access: it only stops pushes
    authorize: async () => undefined,
    run: async (ctx, input) => {
      await ctx.socket.leave(rooms.conversation(input.conversationId));
      return {};
    },
  },
});
