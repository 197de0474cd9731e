/**
 * One message of the visitor's, through group commit (messageBatcher.ts). The visitor's acknowledgement follows
 * the commit; the announcements follow the acknowledgement (messageAnnouncer.ts), so a slow console never slows the
 * visitor.
 */
import { maskCardNumbers } from "../../shared/domain/redaction/cardNumbers.ts";
import type { SendChatMessage, VisitorMessage } from "../../shared/schemas/chat.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { rooms } from "../handlers/rooms.ts";
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
  const body = maskCardNumbers(input.body);
  const { item, conversation } = await ctx.batcher.add({ conversationId: chat.conversationId, clientId: input.clientId, body, preview: previewOf(body), at: ctx.clock.now() });
  return { message: toVisitorMessage(item, null)!, item, conversation };
}

/** A repeat (no conversation) was announced by its first try. */
export function announceVisitorMessage(ctx: VisitorContext, sent: SentVisitorMessage): void {
  if (!sent.conversation) return;
  // the visitor's other tabs
  ctx.socket.to(rooms.visitorChat(sent.item.conversationId)).emit("chat:message", sent.message);
  ctx.announcer.announce(sent.item, sent.conversation);
}
