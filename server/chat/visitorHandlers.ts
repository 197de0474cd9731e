/**
 * Every widget event's server side, in the one handler shape (server/handlers/defineHandlers.ts): the request
 * pipeline commits actions with their clientId, answers the visitor, then announces to the consoles and the
 * visitor's other tabs from what the commit returned.
 */
import type { WidgetRequestName } from "../../shared/contract/widget.ts";
import { chatAvailability } from "../../shared/domain/chat/availability.ts";
import type { LeaveMessage, RateChat, SendChatMessage, StartChat } from "../../shared/schemas/chat.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { anyone, push, pushToVisitor, withResult, type Announcement, type WidgetHandler } from "../handlers/defineHandlers.ts";
import { notFound } from "../handlers/failure.ts";
import { rooms } from "../handlers/rooms.ts";
import { findChatState } from "./chatState.ts";
import { endChat } from "./endChat.ts";
import { leaveMessage } from "./leaveMessage.ts";
import { rateChat } from "./rateChat.ts";
import { advanceVisitorRead, findContactName, listVisitorMessages } from "./repo.ts";
import { announceVisitorMessage, sendVisitorMessage } from "./sendVisitorMessage.ts";
import { bindVisitorToChat, checkChatCanStart, startChat, type StartedChat } from "./startChat.ts";
import { chatOf, type VisitorContext } from "./visitorContext.ts";
import { countAvailableAgents } from "./widgetBrandRepo.ts";

const HISTORY_PAGE = 500;

type Table = { [E in WidgetRequestName]: WidgetHandler<VisitorContext, E, any> };
const define = <T extends Table>(table: T) => table;

/** A visitor's item reaches the consoles: the item to those watching the conversation, the snapshot to the inboxes. */
function toConsoles(item: TimelineItem | null, conversation: Conversation | null): Announcement[] {
  if (!item || !conversation) return [];
  return [push(rooms.conversation(conversation.id), "timeline:appended", item), push(rooms.brand(conversation.brandId), "conversation:changed", conversation)];
}

export const visitorHandlers = define({
  "widget:hello": {
    authorize: anyone,
    async run(ctx) {
      const b = ctx.brand;
      const availability = chatAvailability(b, await countAvailableAgents(ctx.db, b.id), ctx.clock.now());
      const visitor = ctx.socket.data.visitor;
      return {
        config: {
          brand: { name: b.name, color: b.color, accentColor: b.accentColor, logoSvg: b.logoSvg, greeting: b.greeting },
          preChatForm: b.preChatForm,
          availability,
        },
        chat: visitor ? await findChatState(ctx.db, visitor.conversationId) : null,
      };
    },
  },
  "chat:start": withResult({
    authorize: checkChatCanStart,
    run: (ctx, input: StartChat, tx) => startChat(ctx, input, tx),
    bindCaller: (started, ctx) => bindVisitorToChat(ctx, started),
    reply: ({ visitorToken, chat, message }): StartedChat => ({ visitorToken, chat, message }),
    announce: (started) => toConsoles(started.item, started.conversation),
    afterCommit: (started, ctx) => ctx.chat.afterChange(started.conversation, null),
  }),
  "chat:send": withResult({
    authorize: anyone as (ctx: VisitorContext) => Promise<undefined>,
    // group commit (messageBatcher.ts) de-duplicates by clientId in its own statement
    commitsItself: true,
    run: (ctx, input: SendChatMessage) => sendVisitorMessage(ctx, input),
    reply: (sent) => sent.message,
    // the visitor's other tabs; the consoles hear of it through the message announcer's rounds
    announce: (sent) => [pushToVisitor(rooms.visitorChat(sent.item.conversationId), "chat:message", sent.message, { exceptCaller: true })],
    afterCommit: async (sent, ctx) => announceVisitorMessage(ctx, sent),
  }),
  "chat:history": {
    authorize: anyone,
    async run(ctx, input) {
      const { conversationId } = chatOf(ctx);
      const [items, state] = await Promise.all([listVisitorMessages(ctx.db, conversationId, input.afterSeq, HISTORY_PAGE), findChatState(ctx.db, conversationId)]);
      if (!state) throw notFound("Chat");
      return { items, state };
    },
  },
  "chat:typing": {
    authorize: anyone,
    async run(ctx) {
      chatOf(ctx);
      return {};
    },
    afterCommit: async (_result, ctx, input) => {
      const { conversationId } = chatOf(ctx);
      const contactName = (await findContactName(ctx.db, conversationId)) ?? "The visitor";
      const typing = { conversationId: conversationId as never, contactName, typing: input.typing, at: ctx.clock.now().toISOString() };
      ctx.io.to(rooms.conversation(conversationId)).emit("conversation:visitorTyping", typing);
    },
  },
  "chat:read": {
    authorize: anyone,
    async run(ctx, input) {
      await advanceVisitorRead(ctx.db, chatOf(ctx).conversationId, input.seq);
      return {};
    },
  },
  "chat:end": withResult({
    authorize: anyone as (ctx: VisitorContext) => Promise<undefined>,
    run: (ctx, input: { clientId: string }, tx) => endChat(ctx, input.clientId, tx),
    reply: (ended) => ended.state,
    announce: (ended) => toConsoles(ended.item, ended.conversation),
    afterCommit: async (ended, ctx) => {
      if (ended.conversation) await ctx.chat.afterChange(ended.conversation, ended.item);
    },
  }),
  "chat:rate": withResult({
    authorize: anyone as (ctx: VisitorContext) => Promise<undefined>,
    run: (ctx, input: RateChat, tx) => rateChat(ctx, input, tx),
    reply: (rated) => rated.state,
    announce: (rated) => toConsoles(rated.item, rated.conversation),
    afterCommit: async (rated, ctx) => {
      if (rated.conversation) await ctx.chat.afterChange(rated.conversation, rated.item);
    },
  }),
  "chat:leaveMessage": withResult({
    authorize: (ctx: VisitorContext) => ctx.limits.newChat(ctx.ip),
    run: (ctx, input: LeaveMessage, tx) => leaveMessage(ctx, input, tx),
    reply: () => ({ received: true as const }),
    announce: (left) => toConsoles(left.item, left.conversation),
  }),
});
