import { push, type Announcement } from "../handlers/defineHandlers.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { rooms } from "../handlers/rooms.ts";
import type { ConversationChanged } from "./changeConversation.ts";

/**
 * What everyone hears of a change, from the commit's own result: the caller has the new snapshot in its
 * acknowledgement, the brand's other consoles get conversation:changed, and everyone watching the conversation gets
 * the timeline item that records the change (the caller too: its acknowledgement does not carry the item).
 * A change that changed nothing is not announced.
 */
export function announceChange(changed: ConversationChanged): Announcement[] {
  if (!changed.item) return [];
  return [
    push(rooms.brand(changed.conversation.brandId), "conversation:changed", changed.conversation, { exceptCaller: true }),
    push(rooms.conversation(changed.conversation.id), "timeline:appended", changed.item),
  ];
}

/** Live chat's part of a change (the visitor, queue counts, routing), once, after its first commit. */
export async function followChange(ctx: HandlerContext, changed: ConversationChanged): Promise<void> {
  if (changed.item) await ctx.chat.afterChange(changed.conversation, changed.item);
}
