/**
 * A console that is gone counts as offline after a grace period: a Wi-Fi blip or a reload keeps the agent's status
 * and chats, a closed laptop does not leave chats waiting on nobody. Every few seconds each server process looks at
 * the users who are not offline and at the consoles connected anywhere (through the Redis adapter when there are
 * several processes); a user missing for the whole grace period is set offline and their open chats go back to the
 * queue, first in line. Setting offline is a conditional update, so two processes doing it at once do it once.
 */
import type { Clock } from "../app/clock.ts";
import type { Logger } from "../app/logger.ts";
import type { ChatServices } from "../chat/chatServices.ts";
import type { Database } from "../db/client.ts";
import type { ConsoleServer } from "../handlers/sockets.ts";
import { listOnlineUserIds, updateAgentStatus } from "./repo.ts";
import { announceRequeued, requeueChatsOf, type QueueServices } from "./returnChatsToQueue.ts";

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

async function goOffline(services: QueueServices, userId: string): Promise<void> {
  const at = services.clock.now();
  const requeued = await services.db.transaction(async (tx) => ((await updateAgentStatus(tx, userId, "offline", null, at)) ? requeueChatsOf(tx, userId, at) : null));
  if (requeued !== null) await announceRequeued(services, userId, requeued);
}
