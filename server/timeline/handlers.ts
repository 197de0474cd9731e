import { authorizeConversation } from "../access/access.ts";
import type { AppendTimelineItem } from "../../shared/schemas/timeline.ts";
import { findConversation } from "../conversations/repo.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { defineHandlers, withResult } from "../handlers/defineHandlers.ts";
import { notFound } from "../handlers/failure.ts";
import { announceAppend, followAppend, type Appended } from "./announceAppend.ts";
import { appendTimelineItem } from "./appendTimelineItem.ts";
import { listItemsAfter, listItemsBefore } from "./repo.ts";

export const timelineHandlers = defineHandlers({
  "timeline:append": withResult({
    authorize: (ctx: HandlerContext, input: AppendTimelineItem) => authorizeConversation(ctx.db, ctx.userId, input.conversationId, "conversation.write"),
    run: async (ctx, input, db, access): Promise<Appended> => {
      const item = await appendTimelineItem(ctx, input, db, access.brandId);
      const conversation = await findConversation(db, item.conversationId);
      if (!conversation) throw notFound("Conversation");
      return { item, conversation };
    },
    reply: (appended) => appended.item,
    announce: announceAppend,
    afterCommit: (appended, ctx, input) => followAppend(ctx, appended, input),
  }),
  "timeline:list": {
    authorize: (ctx, input) => authorizeConversation(ctx.db, ctx.userId, input.conversationId, "conversation.read"),
    run: async (_ctx, input, db) => {
      // one extra row tells whether another page follows
      const items = await listItemsAfter(db, input.conversationId, input.afterSeq, input.limit + 1);
      const page = items.slice(0, input.limit);
      return { items: page, lastSeq: page.at(-1)?.seq ?? input.afterSeq, hasMore: items.length > input.limit };
    },
  },
  "timeline:before": {
    authorize: (ctx, input) => authorizeConversation(ctx.db, ctx.userId, input.conversationId, "conversation.read"),
    run: async (_ctx, input, db) => {
      // one extra (oldest) row tells whether older items exist
      const items = await listItemsBefore(db, input.conversationId, input.beforeSeq, input.limit + 1);
      const page = items.length > input.limit ? items.slice(1) : items;
      return { items: page, lastSeq: page.at(-1)?.seq ?? 0, hasMore: items.length > input.limit };
    },
  },
});
