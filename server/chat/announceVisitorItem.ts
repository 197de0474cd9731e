import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { findConversation } from "../conversations/repo.ts";
import { rooms } from "../handlers/rooms.ts";
import type { VisitorServices } from "./visitorContext.ts";

/**
 * A visitor's item reaches the consoles: the item first to those watching the conversation (the relay's hot
 * path), then the new snapshot to the brand's inboxes. Returns the snapshot for what follows.
 */
export async function announceVisitorItem(services: VisitorServices, item: TimelineItem) {
  services.io.to(rooms.conversation(item.conversationId)).emit("timeline:appended", item);
  const conversation = await findConversation(services.db, item.conversationId);
  if (conversation) services.io.to(rooms.brand(conversation.brandId)).emit("conversation:changed", conversation);
  return conversation;
}
