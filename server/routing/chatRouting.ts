/**
 * Runs the routing rules (shared/domain/routing/planRouting.ts) against the database: the queue and the agents
 * are read under one advisory lock, so two server processes never hand out the same chat or overfill an agent,
 * and each routed chat is assigned with its timeline item in the same transaction. Announcing happens after the
 * commit. A request while a run is going makes one more run afterwards, so nothing asked for is skipped.
 */
import { joinedText } from "../../shared/domain/chat/lifecycle.ts";
import { planRouting, type RoutedChat } from "../../shared/domain/routing/planRouting.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Clock } from "../app/clock.ts";
import type { Logger } from "../app/logger.ts";
import type { Database, Queryable } from "../db/client.ts";
import { findUserName } from "../conversations/repo.ts";
import { systemAssignmentItem } from "../timeline/newItems.ts";
import { insertTimelineItem } from "../timeline/repo.ts";
import { listRoutingAgents, lockQueue, recordChatAssigned } from "./repo.ts";

/** Any constant: the key of the advisory lock every process takes to route. */
const ROUTING_LOCK = 5_120_301;

export interface RoutedAssignment {
  chat: RoutedChat;
  item: TimelineItem;
}

export interface ChatRouting {
  /** Route now (or once more after the run in progress); resolves when the routed chats are announced. */
  route(): Promise<void>;
}

export function createChatRouting(deps: {
  db: Database;
  clock: Clock;
  log: Logger;
  announce(assignments: RoutedAssignment[]): Promise<void>;
}): ChatRouting {
  let running: Promise<void> | null = null;
  let pending: Promise<void> | null = null;

  const runOnce = async () => {
    const now = deps.clock.now();
    const assignments = await deps.db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [ROUTING_LOCK]);
      const queue = await lockQueue(tx);
      if (queue.length === 0) return [];
      const agents = await listRoutingAgents(tx, [...new Set(queue.map((chat) => chat.brandId))]);
      const plan = planRouting(queue, agents, now.getTime());
      const done: RoutedAssignment[] = [];
      for (const chat of plan) done.push({ chat, item: await assignRoutedChat(tx, chat, now) });
      if (done.length > 0) await recordChatAssigned(tx, [...new Set(plan.map((chat) => chat.userId))], now);
      return done;
    });
    if (assignments.length > 0) await deps.announce(assignments);
  };

  const run = (): Promise<void> => {
    running = runOnce()
      .catch((error) => deps.log.error({ err: error }, "chat routing failed"))
      .finally(() => {
        running = null;
      });
    return running;
  };

  return {
    route() {
      if (!running) return run();
      pending ??= running.then(() => {
        pending = null;
        return run();
      });
      return pending;
    },
  };
}

async function assignRoutedChat(tx: Queryable, chat: RoutedChat, at: Date): Promise<TimelineItem> {
  const name = (await findUserName(tx, chat.userId)) ?? "An agent";
  const item = await insertTimelineItem(
    tx,
    systemAssignmentItem(chat.conversationId, { from: null, to: chat.userId, reason: "routed", visitorText: joinedText(name) }, at),
    { assigneeId: chat.userId as never, queuedAt: null, queuePriority: 0, releasedBy: null },
  );
  if (!item) throw new Error(`routed chat ${chat.conversationId} vanished inside the routing lock`);
  return item;
}
