/**
 * What follows a visitor's message once it is committed. The item goes at once to the agents watching the
 * conversation, and the delivered mark to the visitor when an agent holds the chat: that is the relay's hot path,
 * with no query in it. The rest (the inbox rows of the brand, the assignee's notification) is per conversation,
 * not per message: messages that arrive while one round of it waits or runs are announced together by the next
 * round, with one query for all their conversations and one push per brand room. Rounds are at least
 * ROUND_INTERVAL_MS apart, so a burst costs a few queries a second however many messages it holds; a quiet chat's
 * round follows its message at once.
 */
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { Logger } from "../app/logger.ts";
import { customerRepliedNotice, notifyAgent } from "../conversations/notify.ts";
import { findConversations } from "../conversations/repo.ts";
import type { Database } from "../db/client.ts";
import type { ConsoleServer } from "../realtime/handlerContext.ts";
import { rooms } from "../realtime/rooms.ts";
import { previewOf } from "../timeline/preview.ts";
import type { VisitorPushes } from "./visitorPushes.ts";

/** Inbox rows may trail the conversation's own timeline by this much: people do not read rows faster. */
const ROUND_INTERVAL_MS = 100;

export interface MessageAnnouncer {
  /** assigneeId: the agent who held the chat when the message was committed */
  announce(item: TimelineItem, assigneeId: string | null): void;
}

export function createMessageAnnouncer(deps: { db: Database; io: ConsoleServer; visitors: VisitorPushes; log: Logger }): MessageAnnouncer {
  // the newest item per conversation: its preview is the one the notification shows
  let pending = new Map<string, TimelineItem>();
  let scheduled = false;
  let lastRoundAt = Number.NEGATIVE_INFINITY;

  const round = async (items: Map<string, TimelineItem>) => {
    const conversations = await findConversations(deps.db, [...items.keys()]);
    for (const [brandId, changed] of byBrand(conversations)) deps.io.to(rooms.brand(brandId)).emit("conversations:changed", { conversations: changed });
    for (const conversation of conversations) {
      const item = items.get(conversation.id)!;
      if (conversation.assigneeId) notifyAgent(deps.io, conversation.assigneeId, customerRepliedNotice(conversation, previewOf(item.body), item.createdAt));
    }
  };

  const run = async () => {
    lastRoundAt = performance.now();
    const items = pending;
    pending = new Map();
    await round(items).catch((error: unknown) => deps.log.error({ err: error }, "announcing visitors' messages failed"));
    scheduled = false;
    if (pending.size > 0) schedule();
  };

  const schedule = () => {
    scheduled = true;
    const wait = lastRoundAt + ROUND_INTERVAL_MS - performance.now();
    if (wait <= 0) void run();
    else setTimeout(() => void run(), wait);
  };

  return {
    announce(item, assigneeId) {
      deps.io.to(rooms.conversation(item.conversationId)).emit("timeline:appended", item);
      if (assigneeId) deps.visitors.delivered(item.conversationId, item.seq);
      pending.set(item.conversationId, item);
      if (!scheduled) schedule();
    },
  };
}

function byBrand(conversations: Conversation[]): Map<string, Conversation[]> {
  const grouped = new Map<string, Conversation[]>();
  for (const conversation of conversations) {
    const brand = grouped.get(conversation.brandId);
    if (brand) brand.push(conversation);
    else grouped.set(conversation.brandId, [conversation]);
  }
  return grouped;
}
