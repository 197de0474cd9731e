/**
 * What live chat adds around every change to a chat: the visitor hears of it, the brand's queue counts and the
 * agents' loads are announced again, and routing runs, since a chat may have joined the queue or an agent may have
 * room. Console pushes for the change itself stay with the handler that made it.
 */
import { channelTraits } from "../../shared/domain/channels.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Clock } from "../app/clock.ts";
import type { Logger } from "../app/logger.ts";
import { newChatNotice, notifyAgent } from "../conversations/notify.ts";
import { findConversations } from "../conversations/repo.ts";
import type { Database } from "../db/client.ts";
import type { ConsoleServer } from "../handlers/sockets.ts";
import { rooms } from "../handlers/rooms.ts";
import { createChatRouting, type ChatRouting, type RoutedAssignment } from "../routing/chatRouting.ts";
import { findAgentStates, listBrandQueues } from "../routing/repo.ts";
import { createVisitorPushes, type VisitorPushes } from "./visitorPushes.ts";
import type { WidgetNamespace } from "./widgetNamespace.ts";

export interface ChatServices {
  routing: ChatRouting;
  visitors: VisitorPushes;
  /** After a change to a conversation committed, with the item that recorded it. Routing runs in the background. */
  afterChange(conversation: Conversation, item: TimelineItem | null): Promise<void>;
  /** The user's routing state to their consoles, and the queue counts to their brands. */
  announceAgents(userIds: readonly string[], brandIds: readonly string[]): Promise<void>;
}

/** track: told of routing runs started in the background, so shutdown and tests' barriers wait for them */
export function createChatServices(deps: {
  db: Database;
  io: ConsoleServer;
  widget: WidgetNamespace;
  clock: Clock;
  log: Logger;
  track(work: Promise<void>): void;
}): ChatServices {
  const { db, io } = deps;
  const visitors = createVisitorPushes(db, deps.widget);

  // one statement per kind of push, whatever the number of agents, brands or chats in the round
  const announceAgents = async (userIds: readonly string[], brandIds: readonly string[]) => {
    for (const state of await findAgentStates(db, [...new Set(userIds)])) io.to(rooms.user(state.userId)).emit("agent:stateChanged", state);
    const unique = [...new Set(brandIds)];
    if (unique.length === 0) return;
    for (const queue of await listBrandQueues(db, unique)) io.to(rooms.brand(queue.brandId)).emit("queue:changed", queue);
    await visitors.queueMoved(unique);
  };

  const announceRouted = async (assignments: RoutedAssignment[]) => {
    const conversations = new Map<string, Conversation>((await findConversations(db, assignments.map((a) => a.chat.conversationId))).map((c) => [c.id, c]));
    for (const { chat, item } of assignments) {
      const conversation = conversations.get(chat.conversationId);
      if (!conversation) continue;
      io.to(rooms.brand(conversation.brandId)).emit("conversation:changed", conversation);
      io.to(rooms.conversation(conversation.id)).emit("timeline:appended", item);
      notifyAgent(io, chat.userId, newChatNotice(conversation, new Date(item.createdAt)));
    }
    await visitors.chatsChanged(assignments.map(({ chat, item }) => ({ conversationId: chat.conversationId, item })));
    await announceAgents(
      assignments.map((a) => a.chat.userId),
      assignments.map((a) => a.chat.brandId),
    );
  };

  const routing = createChatRouting({ db, clock: deps.clock, log: deps.log, announce: announceRouted });

  return {
    routing,
    visitors,
    announceAgents,
    async afterChange(conversation, item) {
      if (!channelTraits[conversation.channel].live) return;
      await visitors.chatChanged(conversation.id, item);
      // an assignment moves load between two agents; any other change only the holder's
      const moved = item?.kind === "assignment" ? [item.data.from, item.data.to] : [];
      const people = [...moved, conversation.assigneeId].filter((id): id is string => typeof id === "string");
      await announceAgents(people, [conversation.brandId]);
      deps.track(routing.route());
    },
  };
}
