/**
 * Routes the pushes that belong to one open conversation (its new timeline items, who is viewing or typing, the
 * chat visitor typing) from
 * app/pushSubscriptions.ts to whatever has that conversation open, and tells them when the connection comes back,
 * since the server forgets a socket's rooms when it drops.
 */
import type { Presence } from "../../../shared/schemas/conversation.ts";
import type { TimelineItem } from "../../../shared/schemas/timeline.ts";

export interface ConversationListener {
  item?(item: TimelineItem): void;
  presence?(presence: Presence): void;
  visitorTyping?(typing: { contactName: string; typing: boolean }): void;
  reconnected?(): void;
}

const listeners = new Map<string, Set<ConversationListener>>();

export const conversationFeeds = {
  subscribe(conversationId: string, listener: ConversationListener): () => void {
    const set = listeners.get(conversationId) ?? new Set();
    set.add(listener);
    listeners.set(conversationId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) listeners.delete(conversationId);
    };
  },
  deliverItem(item: TimelineItem): void {
    for (const listener of listeners.get(item.conversationId) ?? []) listener.item?.(item);
  },
  deliverPresence(presence: Presence): void {
    for (const listener of listeners.get(presence.conversationId) ?? []) listener.presence?.(presence);
  },
  deliverVisitorTyping(typing: { conversationId: string; contactName: string; typing: boolean }): void {
    for (const listener of listeners.get(typing.conversationId) ?? []) listener.visitorTyping?.(typing);
  },
  reconnected(): void {
    for (const set of listeners.values()) for (const listener of set) listener.reconnected?.();
  },
};
