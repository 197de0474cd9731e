/**
 * Hands a conversation to a teammate who works for its brand, or back to the queue, with a note for whoever takes
 * it next. Recorded as an assignment item with reason "transfer"; for a chat, the visitor hears who joined or that
 * they are back in line.
 */
import { planAssignment } from "../../shared/domain/conversations/assignment.ts";
import { refuse } from "../../shared/domain/conversations/plan.ts";
import type { TransferConversation } from "../../shared/schemas/chat.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import { loadPrincipal } from "../access/access.ts";
import { changeConversation, type ConversationChanged } from "../conversations/changeConversation.ts";
import { alongChatLifecycle, loadChatContext } from "../conversations/chatLifecycle.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "../handlers/context.ts";

export async function transferConversation(ctx: HandlerContext, input: TransferConversation, db: Queryable): Promise<ConversationChanged> {
  const candidate = input.toUserId === null ? null : await loadPrincipal(db, input.toUserId);
  const chat = await loadChatContext(db, input.conversationId, input.toUserId, ctx.clock.now());
  return changeConversation(ctx, db, input, (current) => {
    if (input.toUserId === null && current.assigneeId === null) return refuse("invalid_input", "The conversation is not with anyone to transfer it from.");
    const plan = planAssignment(current, input.toUserId, candidate);
    if (plan.kind === "unchanged") return refuse("invalid_input", "The conversation is already with that teammate.");
    if (plan.kind !== "change") return plan;
    const change = { kind: "change" as const, columns: plan.columns, item: { kind: "assignment" as const, data: { ...plan.item, reason: "transfer", note: input.note } } };
    return alongChatLifecycle(current, change, chat);
  });
}
