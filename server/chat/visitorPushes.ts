/**
 * The visitor's side of every change to their chat: new messages and events said to them, the chat's state
 * (place in line, the agent, delivered and read marks, the end), and the agent's typing. Pushed to the chat's
 * room in the widget namespace, so every tab of the visitor hears it, on any server process.
 */
import type { ChatState } from "../../shared/schemas/chat.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Queryable } from "../db/client.ts";
import { findUserName } from "../conversations/repo.ts";
import { rooms } from "../handlers/rooms.ts";
import { findChatState, listQueuedChatStates } from "./chatState.ts";
import { toVisitorMessage } from "./visitorView.ts";
import type { WidgetNamespace } from "./widgetNamespace.ts";

export interface VisitorPushes {
  /** An item was added to the chat (may be null when only its state moved). */
  chatChanged(conversationId: string, item: TimelineItem | null): Promise<void>;
  /** Everyone waiting in the brand's line hears their new place. */
  queueMoved(brandId: string): Promise<void>;
  agentTyping(conversationId: string, agentName: string, typing: boolean): void;
  /** The visitor's messages up to seq have reached the agent. */
  delivered(conversationId: string, seq: number): void;
}

export function createVisitorPushes(db: Queryable, widget: WidgetNamespace): VisitorPushes {
  return {
    async chatChanged(conversationId, item) {
      const room = widget.to(rooms.visitorChat(conversationId));
      if (item) {
        const name = item.authorUserId ? await findUserName(db, item.authorUserId) : null;
        const message = toVisitorMessage(item, name);
        if (message) room.emit("chat:message", message);
      }
      const state = await findChatState(db, conversationId);
      if (state) room.emit("chat:state", state);
    },
    async queueMoved(brandId) {
      for (const state of await listQueuedChatStates(db, brandId)) widget.to(rooms.visitorChat(state.conversationId)).emit("chat:state", state);
    },
    delivered(conversationId, seq) {
      widget.to(rooms.visitorChat(conversationId)).emit("chat:delivered", { conversationId: conversationId as ChatState["conversationId"], seq });
    },
    agentTyping(conversationId, agentName, typing) {
      widget.to(rooms.visitorChat(conversationId)).emit("chat:agentTyping", { typing, agentName });
    },
  };
}
