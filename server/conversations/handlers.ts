import { authorizeConversation } from "../access/access.ts";
import { tellVisitorOfAgentTyping } from "../chat/agentTyping.ts";
import type { AssignConversation, SetConversationPriority, SetConversationStatus, SetConversationTags } from "../../shared/schemas/conversation.ts";
import { defineHandlers, push, withResult } from "../handlers/defineHandlers.ts";
import { notFound } from "../handlers/failure.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { rooms } from "../handlers/rooms.ts";
import { announceChange, followChange } from "./announceChange.ts";
import { assignConversation, followAssignment } from "./assign.ts";
import { listAssignees } from "./assignees.ts";
import { markConversationRead } from "./markRead.ts";
import { sharePresence } from "./presence.ts";
import { findConversation, findReadMarker } from "./repo.ts";
import { setConversationPriority } from "./setPriority.ts";
import { setConversationStatus } from "./setStatus.ts";
import { setConversationTags } from "./setTags.ts";

const mayRead = (ctx: HandlerContext, input: { conversationId: string }) => authorizeConversation(ctx.db, ctx.userId, input.conversationId, "conversation.read");
const mayWrite = (ctx: HandlerContext, input: { conversationId: string }) => authorizeConversation(ctx.db, ctx.userId, input.conversationId, "conversation.write");

export const conversationHandlers = defineHandlers({
  "conversation:get": {
    authorize: mayRead,
    run: async (_ctx, input, db) => {
      const conversation = await findConversation(db, input.conversationId);
      if (!conversation) throw notFound("Conversation");
      return conversation;
    },
  },
  "conversation:watch": {
    authorize: mayRead,
    run: async (ctx, input, db) => {
      // join first, then read lastSeq: an item committed in between is both pushed and covered by catch-up
      await ctx.socket.join(rooms.conversation(input.conversationId));
      const conversation = await findConversation(db, input.conversationId);
      if (!conversation) throw notFound("Conversation");
      return { lastSeq: conversation.lastSeq, lastReadSeq: await findReadMarker(db, ctx.userId, input.conversationId) };
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
  "conversation:assign": withResult({
    authorize: mayWrite,
    run: (ctx, input: AssignConversation, db) => assignConversation(ctx, input, db),
    reply: (changed) => changed.conversation,
    announce: announceChange,
    afterCommit: (changed, ctx) => followAssignment(ctx, changed),
  }),
  "conversation:setStatus": withResult({
    authorize: mayWrite,
    run: (ctx, input: SetConversationStatus, db) => setConversationStatus(ctx, input, db),
    reply: (changed) => changed.conversation,
    announce: announceChange,
    afterCommit: (changed, ctx) => followChange(ctx, changed),
  }),
  "conversation:setPriority": withResult({
    authorize: mayWrite,
    run: (ctx, input: SetConversationPriority, db) => setConversationPriority(ctx, input, db),
    reply: (changed) => changed.conversation,
    announce: announceChange,
  }),
  "conversation:setTags": withResult({
    authorize: mayWrite,
    run: (ctx, input: SetConversationTags, db) => setConversationTags(ctx, input, db),
    reply: (changed) => changed.conversation,
    announce: announceChange,
  }),
  "conversation:markRead": {
    authorize: mayRead,
    run: (ctx, input, db) => markConversationRead(ctx, input, db),
    // the visitor of a chat sees their messages marked read
    afterCommit: (read, ctx) => ctx.chat.visitors.chatChanged(read.conversationId, null),
    // the caller's other tabs move their marker too; this tab has the acknowledgement
    announce: (read, ctx) => [push(rooms.user(ctx.userId), "conversation:read", read, { exceptCaller: true })],
  },
  "conversation:assignees": {
    authorize: mayWrite,
    run: (_ctx, _input, db, access: { brandId: string }) => listAssignees(db, access.brandId),
  },
  "conversation:presence": {
    authorize: mayRead,
    run: async () => ({}),
    afterCommit: async (_output, ctx, input) => {
      await tellVisitorOfAgentTyping(ctx, input, await sharePresence(ctx, input));
    },
  },
});
