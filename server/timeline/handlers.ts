import { authorizeConversation } from "../access/access.ts";
import { defineHandlers, push } from "../handlers/defineHandlers.ts";
import { rooms } from "../handlers/rooms.ts";
import { announceAppend } from "./announceAppend.ts";
import { appendTimelineItem } from "./appendTimelineItem.ts";
import { listItemsAfter, listItemsBefore } from "./repo.ts";

export const timelineHandlers = defineHandlers({
  "timeline:append": {
    authorize: (ctx, input) => authorizeConversation(ctx.db, ctx.userId, input.conversationId, "conversation.write"),
    run: (ctx, input, db, access: { brandId: string }) => appendTimelineItem(ctx, input, db, access.brandId),
    broadcast: (item) => [push(rooms.conversation(item.conversationId), "timeline:appended", item)],
    afterCommit: (item, ctx, input) => announceAppend(ctx, item, input),
  },
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
