/**
 * Outside hours or with nobody available, the visitor leaves a message with their email address: it becomes an
 * email conversation of the brand, answered later by email like any other.
 */
import { v7 as uuidv7 } from "uuid";
import type { LeaveMessage } from "../../shared/schemas/chat.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { commitAction } from "../actions/commitAction.ts";
import { findSlaTerms } from "../sla/repo.ts";
import { customerMessageItem } from "../timeline/newItems.ts";
import { insertTimelineItem } from "../timeline/repo.ts";
import { insertConversation, upsertVisitorContact } from "./repo.ts";
import type { VisitorContext } from "./visitorContext.ts";

export const LEFT_MESSAGE_SUBJECT = "Message left on the chat widget";

export async function leaveMessage(ctx: VisitorContext, input: LeaveMessage): Promise<TimelineItem | null> {
  await ctx.limits.newChat(ctx.ip);
  const now = ctx.clock.now();
  const committed = await commitAction(ctx.db, { clientId: input.clientId, userId: null, event: "chat:leaveMessage", at: now }, async (tx) => {
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
    return insertTimelineItem(tx, customerMessageItem({ conversationId, clientId: input.clientId, body: input.body, at: now, data: { via: "chatWidget" } }));
  });
  return committed.replayed ? null : committed.result;
}
