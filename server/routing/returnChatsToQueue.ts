/**
 * An agent who went offline (by choice, or because their console was gone past the grace period) holds no chats:
 * each open chat goes back to the queue first in line, the visitor hears it, and routing hands it on. Only chats the
 * agent still holds when this runs move, so running it twice moves them once.
 */
import { BACK_IN_QUEUE } from "../../shared/domain/chat/lifecycle.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Clock } from "../app/clock.ts";
import type { ChatServices } from "../chat/chatServices.ts";
import { findConversation } from "../conversations/repo.ts";
import type { Database, Queryable } from "../db/client.ts";
import type { ConsoleServer } from "../handlers/sockets.ts";
import { rooms } from "../handlers/rooms.ts";
import { systemAssignmentItem } from "../timeline/newItems.ts";
import { insertTimelineItem } from "../timeline/repo.ts";
import { listActiveChatIds, listChatBrandIds } from "./repo.ts";

export interface QueueServices {
  db: Database;
  io: ConsoleServer;
  clock: Clock;
  chat: ChatServices;
}

export async function requeueChatsOf(tx: Queryable, userId: string, at: Date): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  for (const conversationId of await listActiveChatIds(tx, userId)) {
    const item = await insertTimelineItem(
      tx,
      systemAssignmentItem(conversationId, { from: userId, to: null, reason: "agentOffline", visitorText: BACK_IN_QUEUE }, at),
      // back with the same agent is fine once they return: they know the visitor
      { assigneeId: null, queuedAt: at.toISOString(), queuePriority: 1, releasedBy: null },
    );
    if (item) items.push(item);
  }
  return items;
}

/** After the commit: consoles, visitors and queue counts hear of the moved chats, and routing runs. */
export async function announceRequeued(services: QueueServices, userId: string, items: TimelineItem[]): Promise<void> {
  for (const item of items) {
    const conversation = await findConversation(services.db, item.conversationId);
    if (!conversation) continue;
    services.io.to(rooms.brand(conversation.brandId)).emit("conversation:changed", conversation);
    services.io.to(rooms.conversation(conversation.id)).emit("timeline:appended", item);
    await services.chat.visitors.chatChanged(conversation.id, item);
  }
  await services.chat.announceAgents([userId], await listChatBrandIds(services.db, userId));
  await services.chat.routing.route();
}

/** The chats of an agent who is offline now, in a transaction of its own. */
export async function returnChatsToQueue(services: QueueServices, userId: string): Promise<void> {
  const items = await services.db.transaction((tx) => requeueChatsOf(tx, userId, services.clock.now()));
  await announceRequeued(services, userId, items);
}
