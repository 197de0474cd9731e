/**
 * What follows a visitor's message once it is committed. The item goes at once to the agents watching the
 * conversation, and the delivered mark to the visitor when an agent holds the chat: that is the relay's hot path.
 * The rest (the inbox rows of the brand, the assignee's notification) is per conversation, not per message:
 * messages that arrive while one round waits are announced together by the next round, with one push per brand
 * room. Rounds are at least ROUND_INTERVAL_MS apart, so a burst costs a few pushes a second however many messages
 * it holds; a quiet chat's round follows its message at once. Nothing here queries: the commit returned each
 * conversation as it left it (insertInboundMessages.ts).
 */
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import { customerRepliedNotice, notifyAgent } from "../conversations/notify.ts";
import type { ConsoleServer } from "../handlers/sockets.ts";
import { rooms } from "../handlers/rooms.ts";
import { previewOf } from "../timeline/preview.ts";
import type { VisitorPushes } from "./visitorPushes.ts";

/** Inbox rows may trail the conversation's own timeline by this much: people do not read rows faster. */
const ROUND_INTERVAL_MS = 100;

export interface MessageAnnouncer {
  /** conversation: as the message's commit left it */
  announce(item: TimelineItem, conversation: Conversation): void;
}

interface Pending {
  /** the newest item: its preview is the one the notification shows */
  item: TimelineItem;
  conversation: Conversation;
}

/** track: told of each scheduled round until it has run, so shutdown and tests' barriers wait for it */
export function createMessageAnnouncer(deps: { io: ConsoleServer; visitors: VisitorPushes; track(round: Promise<void>): void }): MessageAnnouncer {
  let pending = new Map<string, Pending>();
  let scheduled = false;
  let lastRoundAt = Number.NEGATIVE_INFINITY;

  const run = () => {
    lastRoundAt = performance.now();
    const round = [...pending.values()];
    pending = new Map();
    scheduled = false;
    for (const [brandId, changed] of byBrand(round)) deps.io.to(rooms.brand(brandId)).emit("conversations:changed", { conversations: changed });
    for (const { item, conversation } of round) {
      if (conversation.assigneeId) notifyAgent(deps.io, conversation.assigneeId, customerRepliedNotice(conversation, previewOf(item.body), item.createdAt));
    }
  };

  const schedule = () => {
    scheduled = true;
    const delayMs = Math.max(0, lastRoundAt + ROUND_INTERVAL_MS - performance.now());
    const round = new Promise<void>((resolve) =>
      setTimeout(() => {
        try {
          run();
        } finally {
          resolve();
        }
      }, delayMs),
    );
    deps.track(round);
  };

  return {
    announce(item, conversation) {
      deps.io.to(rooms.conversation(item.conversationId)).emit("timeline:appended", item);
      if (conversation.assigneeId) deps.visitors.delivered(item.conversationId, item.seq);
      // commits of one conversation can finish out of order: a round sends its newest snapshot
      const earlier = pending.get(conversation.id);
      if (!earlier || earlier.conversation.version <= conversation.version) pending.set(conversation.id, { item, conversation });
      if (!scheduled) schedule();
    },
  };
}

function byBrand(round: Pending[]): Map<string, Conversation[]> {
  const grouped = new Map<string, Conversation[]>();
  for (const { conversation } of round) {
    const brand = grouped.get(conversation.brandId);
    if (brand) brand.push(conversation);
    else grouped.set(conversation.brandId, [conversation]);
  }
  return grouped;
}
