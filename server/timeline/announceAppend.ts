import { channelTraits } from "../../shared/domain/channels.ts";
import type { AppendTimelineItem, TimelineItem } from "../../shared/schemas/timeline.ts";
import { mentionedNotice, notifyAgent } from "../conversations/notify.ts";
import { findConversation, findUserName } from "../conversations/repo.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { rooms } from "../handlers/rooms.ts";
import { previewOf } from "./preview.ts";

/**
 * After a reply or note commits: the brand's consoles get the conversation's new snapshot (the caller too, whose
 * acknowledgement carries only the item), and each mentioned teammate other than the author is notified.
 */
export async function announceAppend(ctx: HandlerContext, item: TimelineItem, input: AppendTimelineItem): Promise<void> {
  const conversation = await findConversation(ctx.db, item.conversationId);
  if (!conversation) return;
  ctx.io.to(rooms.brand(conversation.brandId)).emit("conversation:changed", conversation);
  if (channelTraits[conversation.channel].live && item.kind === "message") await ctx.chat.visitors.chatChanged(conversation.id, item);
  const mentioned = [...new Set(input.mentions)].filter((userId) => userId !== ctx.userId);
  if (mentioned.length === 0) return;
  const by = { id: ctx.userId, name: (await findUserName(ctx.db, ctx.userId)) ?? "A teammate" };
  for (const userId of mentioned) notifyAgent(ctx.io, userId, mentionedNotice(conversation, by, previewOf(item.body), item.createdAt));
}
