/**
 * A console that is gone counts as offline after a grace period: a Wi-Fi blip or a reload keeps the agent's status
 * and chats, a closed laptop does not leave chats waiting on nobody. Every few seconds each server process looks at
 * the users who are not offline and at the consoles connected anywhere (through the Redis adapter when there are
 * several processes); a user missing for the whole grace period is set offline and their open chats go back to the
 * queue, first in line. Setting offline is a conditional update, so two processes doing it at once do it once.
 */
import { v7 as uuidv7 } from "uuid";
import { BACK_IN_QUEUE } from "../../shared/domain/chat/lifecycle.ts";
import type { Clock } from "../app/clock.ts";
import type { Logger } from "../app/logger.ts";
import type { ChatServices } from "../chat/chatServices.ts";
import { findConversation } from "../conversations/repo.ts";
import type { Database } from "../db/client.ts";
import type { ConsoleServer } from "../realtime/handlerContext.ts";
import { rooms } from "../realtime/rooms.ts";
import { insertTimelineItem } from "../timeline/repo.ts";
import { listActiveChatIds, listChatBrandIds, listOnlineUserIds, updateAgentStatus } from "./repo.ts";

export interface PresenceSweep {
  /** One look now (tests; the timer does it every few seconds). */
  sweep(): Promise<void>;
  stop(): void;
}

export function startPresenceSweep(deps: { db: Database; io: ConsoleServer; clock: Clock; log: Logger; chat: ChatServices; graceMs: number }): PresenceSweep {
  const missingSince = new Map<string, number>();
  let sweeping: Promise<void> | null = null;

  const sweepOnce = async () => {
    const now = deps.clock.now().getTime();
    const connected = new Set((await deps.io.fetchSockets()).map((socket) => socket.data.userId));
    const online = await listOnlineUserIds(deps.db);
    for (const userId of [...missingSince.keys()]) if (connected.has(userId) || !online.includes(userId)) missingSince.delete(userId);
    for (const userId of online) {
      if (connected.has(userId)) continue;
      const since = missingSince.get(userId) ?? now;
      missingSince.set(userId, since);
      if (now - since >= deps.graceMs) {
        missingSince.delete(userId);
        await goOffline(deps, userId);
      }
    }
  };

  const sweep = () => {
    sweeping ??= sweepOnce()
      .catch((error) => deps.log.error({ err: error }, "presence sweep failed"))
      .finally(() => {
        sweeping = null;
      });
    return sweeping;
  };
  const timer = setInterval(() => void sweep(), Math.max(250, Math.min(5_000, deps.graceMs / 3)));
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}

async function goOffline(deps: { db: Database; io: ConsoleServer; clock: Clock; chat: ChatServices }, userId: string): Promise<void> {
  const at = deps.clock.now();
  const requeued = await deps.db.transaction(async (tx) => {
    if (!(await updateAgentStatus(tx, userId, "offline", null, at))) return null;
    const items = [];
    for (const conversationId of await listActiveChatIds(tx, userId)) {
      const item = await insertTimelineItem(
        tx,
        {
          id: uuidv7(),
          conversationId,
          clientId: uuidv7(),
          kind: "assignment",
          direction: null,
          authorType: "system",
          authorUserId: null,
          body: "",
          data: { from: userId, to: null, reason: "agentOffline", visitorText: BACK_IN_QUEUE },
          preview: "",
          waiting: "none",
          at,
        },
        { assigneeId: null, queuedAt: at.toISOString(), queuePriority: 1, releasedBy: null },
      );
      if (item) items.push(item);
    }
    return items;
  });
  if (requeued === null) return;
  for (const item of requeued) {
    const conversation = await findConversation(deps.db, item.conversationId);
    if (!conversation) continue;
    deps.io.to(rooms.brand(conversation.brandId)).emit("conversation:changed", conversation);
    deps.io.to(rooms.conversation(conversation.id)).emit("timeline:appended", item);
    await deps.chat.visitors.chatChanged(conversation.id, item);
  }
  await deps.chat.announceAgents([userId], await listChatBrandIds(deps.db, userId));
  await deps.chat.routing.route();
}
