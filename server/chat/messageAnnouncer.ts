/**
 * What follows a visitor's message once it is committed. The item goes to the agents watching the conversation at
 * once (the relay's hot path). The rest (the inbox rows of the brand, the assignee's notification, the visitor's
 * delivered mark) is per conversation, not per message: messages that arrive while one round of it runs are
 * announced together by the next round, with one query for all their conversations and one for their chats, so a
 * burst costs two queries instead of two per message. A quiet chat's round follows its message at once.
 */
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Logger } from "../app/logger.ts";
import { customerRepliedNotice, notifyAgent } from "../conversations/notify.ts";
import { findConversations } from "../conversations/repo.ts";
import type { Database } from "../db/client.ts";
import type { ConsoleServer } from "../realtime/handlerContext.ts";
import { rooms } from "../realtime/rooms.ts";
import { previewOf } from "../timeline/preview.ts";
import { findChatStates } from "./chatState.ts";
import type { VisitorPushes } from "./visitorPushes.ts";

export interface MessageAnnouncer {
  announce(item: TimelineItem): void;
}

export function createMessageAnnouncer(deps: { db: Database; io: ConsoleServer; visitors: VisitorPushes; log: Logger }): MessageAnnouncer {
  // the newest item per conversation: its preview is the one the notification shows
  let pending = new Map<string, TimelineItem>();
  let running = false;

  const round = async (items: Map<string, TimelineItem>) => {
    const conversations = await findConversations(deps.db, [...items.keys()]);
    for (const conversation of conversations) {
      deps.io.to(rooms.brand(conversation.brandId)).emit("conversation:changed", conversation);
      const item = items.get(conversation.id)!;
      if (conversation.assigneeId) notifyAgent(deps.io, conversation.assigneeId, customerRepliedNotice(conversation, previewOf(item.body), item.createdAt));
    }
    // a message that reached an agent turns the visitor's tick to delivered
    const assigned = conversations.filter((c) => c.assigneeId !== null).map((c) => c.id);
    if (assigned.length > 0) for (const state of await findChatStates(deps.db, assigned)) deps.visitors.pushState(state);
  };

  const run = async () => {
    running = true;
    while (pending.size > 0) {
      const items = pending;
      pending = new Map();
      await round(items).catch((error: unknown) => deps.log.error({ err: error }, "announcing visitors' messages failed"));
    }
    running = false;
  };

  return {
    announce(item) {
      deps.io.to(rooms.conversation(item.conversationId)).emit("timeline:appended", item);
      pending.set(item.conversationId, item);
      if (!running) void run();
    },
  };
}
