import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { rooms } from "../handlers/rooms.ts";
import { findItemByClientId } from "../timeline/repo.ts";

/**
 * After a change commits, everyone hears of it exactly once: the caller has the new snapshot in its
 * acknowledgement, the brand's other consoles get conversation:changed, and everyone watching the conversation
 * gets the timeline item that records the change (the caller too: its acknowledgement does not carry the item).
 * The item, or null when the plan found nothing to change.
 */
export async function announceChange(ctx: HandlerContext, conversation: Conversation, clientId: string): Promise<TimelineItem | null> {
  // every change writes its item under the action's clientId; no item means nothing changed
  const item = await findItemByClientId(ctx.db, clientId);
  if (!item) return null;
  ctx.socket.to(rooms.brand(conversation.brandId)).emit("conversation:changed", conversation);
  ctx.io.to(rooms.conversation(conversation.id)).emit("timeline:appended", item);
  return item;
}
