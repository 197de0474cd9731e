/**
 * Outside hours or with nobody available, the visitor leaves a message with their email address: it becomes an
 * email conversation of the brand, answered later by email like any other.
 */
import { v7 as uuidv7 } from "uuid";
import type { LeaveMessage } from "../../shared/schemas/chat.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import { findConversation } from "../conversations/repo.ts";
import type { Queryable } from "../db/client.ts";
import { findSlaTerms } from "../sla/repo.ts";
import { customerMessageItem } from "../timeline/newItems.ts";
import { insertTimelineItem } from "../timeline/repo.ts";
import { insertConversation, upsertVisitorContact } from "./repo.ts";
import type { VisitorContext } from "./visitorContext.ts";

export const LEFT_MESSAGE_SUBJECT = "Message left on the chat widget";

/** Inside the action's transaction: the item and the new conversation, for the consoles. */
export async function leaveMessage(ctx: VisitorContext, input: LeaveMessage, tx: Queryable): Promise<{ item: TimelineItem; conversation: Conversation }> {
  const now = ctx.clock.now();
  const contactId = await upsertVisitorContact(tx, { id: uuidv7(), brandId: ctx.brand.id, name: input.name ?? input.email.split("@")[0]!, email: input.email, at: now });
  const conversationId = uuidv7();
  await insertConversation(tx, {
    id: conversationId,
    brandId: ctx.brand.id,
    contactId,
    channel: "email",
    subject: LEFT_MESSAGE_SUBJECT,
    at: now,
    sla: await findSlaTerms(tx, ctx.brand.id, "email"),
    queued: false,
  });
  const item = await insertTimelineItem(tx, customerMessageItem({ conversationId, clientId: input.clientId, body: input.body, at: now, data: { via: "chatWidget" } }));
  const conversation = await findConversation(tx, conversationId);
  if (!item || !conversation) throw new Error("the conversation just inserted is missing");
  return { item, conversation };
}
