/**
 * Every widget event's server side. run answers the visitor (after its commit, for actions); after makes the
 * change known to consoles and the visitor's other tabs once the acknowledgement is on its way.
 */
import type { z } from "zod";
import type { WidgetRequestName, widgetRequests } from "../../shared/contract/widget.ts";
import { chatAvailability } from "../../shared/domain/chat/availability.ts";
import { findConversation } from "../conversations/repo.ts";
import { notFound } from "../handlers/failure.ts";
import { rooms } from "../handlers/rooms.ts";
import { announceVisitorItem } from "./announceVisitorItem.ts";
import { findChatState } from "./chatState.ts";
import { endChat } from "./endChat.ts";
import { leaveMessage } from "./leaveMessage.ts";
import { rateChat } from "./rateChat.ts";
import { advanceVisitorRead, findContactName, listVisitorMessages } from "./repo.ts";
import { announceVisitorMessage, sendVisitorMessage } from "./sendVisitorMessage.ts";
import { startChat } from "./startChat.ts";
import { chatOf, type VisitorContext } from "./visitorContext.ts";
import { countAvailableAgents } from "./widgetBrandRepo.ts";

type Input<E extends WidgetRequestName> = z.output<(typeof widgetRequests)[E]["input"]>;
type Output<E extends WidgetRequestName> = z.output<(typeof widgetRequests)[E]["output"]>;

export interface VisitorHandler<E extends WidgetRequestName, R = Output<E>> {
  run(ctx: VisitorContext, input: Input<E>): Promise<R>;
  /** the acknowledgement's data, when run returns more than that */
  reply?(result: R): Output<E>;
  after?(ctx: VisitorContext, result: R, input: Input<E>): Promise<void>;
}

const HISTORY_PAGE = 500;

const define = <T extends { [E in WidgetRequestName]: VisitorHandler<E, any> }>(table: T) => table;

export const visitorHandlers = define({
  "widget:hello": {
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
  "chat:start": {
    run: (ctx, input) => startChat(ctx, input),
    reply: (result) => result.started,
  },
  "chat:send": {
    run: (ctx, input) => sendVisitorMessage(ctx, input),
    reply: (result) => result.message,
    after: async (ctx, result) => announceVisitorMessage(ctx, result),
  },
  "chat:history": {
    async run(ctx, input) {
      const { conversationId } = chatOf(ctx);
      const [items, state] = await Promise.all([listVisitorMessages(ctx.db, conversationId, input.afterSeq, HISTORY_PAGE), findChatState(ctx.db, conversationId)]);
      if (!state) throw notFound("Chat");
      return { items, state };
    },
  },
  "chat:typing": {
    async run(ctx) {
      chatOf(ctx);
      return {};
    },
    after: async (ctx, _result, input) => {
      const { conversationId } = chatOf(ctx);
      const contactName = (await findContactName(ctx.db, conversationId)) ?? "The visitor";
      const typing = { conversationId: conversationId as never, contactName, typing: input.typing, at: ctx.clock.now().toISOString() };
      ctx.io.to(rooms.conversation(conversationId)).emit("conversation:visitorTyping", typing);
    },
  },
  "chat:read": {
    async run(ctx, input) {
      await advanceVisitorRead(ctx.db, chatOf(ctx).conversationId, input.seq);
      return {};
    },
  },
  "chat:end": {
    run: (ctx, input) => endChat(ctx, input.clientId),
    reply: (result) => result.state,
    after: (ctx, result) => announceChatItem(ctx, result.item),
  },
  "chat:rate": {
    run: (ctx, input) => rateChat(ctx, input),
    reply: (result) => result.state,
    after: (ctx, result) => announceChatItem(ctx, result.item),
  },
  "chat:leaveMessage": {
    run: (ctx, input) => leaveMessage(ctx, input),
    reply: () => ({ received: true as const }),
    after: async (ctx, item) => {
      if (item) await announceVisitorItem(ctx, item);
    },
  },
});

async function announceChatItem(ctx: VisitorContext, item: Parameters<typeof announceVisitorItem>[1] | null): Promise<void> {
  if (!item) return;
  const conversation = (await announceVisitorItem(ctx, item)) ?? (await findConversation(ctx.db, item.conversationId));
  if (conversation) await ctx.chat.afterChange(conversation, item);
}
