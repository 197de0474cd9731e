import { channelTraits } from "../../shared/domain/channels.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { AppendTimelineItem, TimelineItem } from "../../shared/schemas/timeline.ts";
import { mentionedNotice, notifyAgent } from "../conversations/notify.ts";
import { findUserName } from "../conversations/repo.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { push, type Announcement } from "../handlers/defineHandlers.ts";
import { rooms } from "../handlers/rooms.ts";
import { previewOf } from "./preview.ts";

/** A reply or note as committed, with its conversation as the same commit left it. */
export interface Appended {
  item: TimelineItem;
  conversation: Conversation;
}

/**
 * From the commit's result: those watching the conversation get the item (the caller has it in its
 * acknowledgement), the brand's consoles the conversation's new snapshot (the caller too: its acknowledgement
 * carries only the item).
 */
export function announceAppend({ item, conversation }: Appended): Announcement[] {
  return [
    push(rooms.conversation(item.conversationId), "timeline:appended", item, { exceptCaller: true }),
    push(rooms.brand(conversation.brandId), "conversation:changed", conversation),
  ];
}

/** After the first commit: a chat's visitor gets the reply, each mentioned teammate other than the author a notice. */
export async function followAppend(ctx: HandlerContext, { item, conversation }: Appended, input: AppendTimelineItem): Promise<void> {
  if (channelTraits[conversation.channel].live && item.kind === "message") await ctx.chat.visitors.chatChanged(conversation.id, item);
  const mentioned = [...new Set(input.mentions)].filter((userId) => userId !== ctx.userId);
  if (mentioned.length === 0) return;
  const by = { id: ctx.userId, name: (await findUserName(ctx.db, ctx.userId)) ?? "A teammate" };
  for (const userId of mentioned) notifyAgent(ctx.io, userId, mentionedNotice(conversation, by, previewOf(item.body), item.createdAt));
}
