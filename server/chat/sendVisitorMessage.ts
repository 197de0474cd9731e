/**
 * One message of the visitor's, through group commit (messageBatcher.ts); its card numbers were masked by the request
 * pipeline. The visitor's acknowledgement follows the commit; the announcements follow the acknowledgement
 * (messageAnnouncer.ts), so a slow console never slows the visitor.
 */
import type { SendChatMessage, VisitorMessage } from "../../shared/schemas/chat.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { previewOf } from "../timeline/preview.ts";
import { chatOf, type VisitorContext } from "./visitorContext.ts";
import { toVisitorMessage } from "./visitorView.ts";

export interface SentVisitorMessage {
  message: VisitorMessage;
  item: TimelineItem;
  conversation: Conversation | null;
}

export async function sendVisitorMessage(ctx: VisitorContext, input: SendChatMessage): Promise<SentVisitorMessage> {
  const chat = chatOf(ctx);
  await ctx.limits.message(chat.conversationId, ctx.ip);
  const { item, conversation } = await ctx.batcher.add({
    conversationId: chat.conversationId,
    clientId: input.clientId,
    body: input.body,
    preview: previewOf(input.body),
    at: ctx.clock.now(),
  });
  return { message: toVisitorMessage(item, null)!, item, conversation };
}

/** To the consoles, in the announcer's next round. A repeat (no conversation) was announced by its first try. */
export function announceVisitorMessage(ctx: VisitorContext, sent: SentVisitorMessage): void {
  if (sent.conversation) ctx.announcer.announce(sent.item, sent.conversation);
}
