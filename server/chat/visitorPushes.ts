/**
 * The visitor's side of every change to their chat: new messages and events said to them, the chat's state
 * (place in line, the agent, delivered and read marks, the end), and the agent's typing. Pushed to the chat's
 * room in the widget namespace, so every tab of the visitor hears it, on any server process.
 */
import type { ChatState } from "../../shared/schemas/chat.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Queryable } from "../db/client.ts";
import { findUserNames } from "../conversations/repo.ts";
import { rooms } from "../handlers/rooms.ts";
import { findChatStates, listQueuedChatStates } from "./chatState.ts";
import { toVisitorMessage } from "./visitorView.ts";
import type { WidgetNamespace } from "./widgetNamespace.ts";

export interface VisitorPushes {
  /** An item was added to the chat (may be null when only its state moved). */
  chatChanged(conversationId: string, item: TimelineItem | null): Promise<void>;
  /** Several chats changed at once (a routing round): their states and authors read in one statement each. */
  chatsChanged(changes: readonly { conversationId: string; item: TimelineItem | null }[]): Promise<void>;
  /** Everyone waiting in these brands' lines hears their new place. */
  queueMoved(brandIds: readonly string[]): Promise<void>;
  agentTyping(conversationId: string, agentName: string, typing: boolean): void;
  /** The visitor's messages up to seq have reached the agent. */
  delivered(conversationId: string, seq: number): void;
}

export function createVisitorPushes(db: Queryable, widget: WidgetNamespace): VisitorPushes {
  const chatsChanged: VisitorPushes["chatsChanged"] = async (changes) => {
    if (changes.length === 0) return;
    const authorIds = [...new Set(changes.flatMap((c) => (c.item?.authorUserId ? [c.item.authorUserId] : [])))];
    const [names, states] = await Promise.all([findUserNames(db, authorIds), findChatStates(db, changes.map((c) => c.conversationId))]);
    for (const { conversationId, item } of changes) {
      const room = widget.to(rooms.visitorChat(conversationId));
      const message = item ? toVisitorMessage(item, item.authorUserId ? (names.get(item.authorUserId) ?? null) : null) : null;
      if (message) room.emit("chat:message", message);
    }
    for (const state of states) widget.to(rooms.visitorChat(state.conversationId)).emit("chat:state", state);
  };
  return {
    chatChanged: (conversationId, item) => chatsChanged([{ conversationId, item }]),
    chatsChanged,
    async queueMoved(brandIds) {
      for (const state of await listQueuedChatStates(db, brandIds)) widget.to(rooms.visitorChat(state.conversationId)).emit("chat:state", state);
    },
    delivered(conversationId, seq) {
      widget.to(rooms.visitorChat(conversationId)).emit("chat:delivered", { conversationId: conversationId as ChatState["conversationId"], seq });
    },
    agentTyping(conversationId, agentName, typing) {
      widget.to(rooms.visitorChat(conversationId)).emit("chat:agentTyping", { typing, agentName });
    },
  };
}
