import { planAssignment } from "../../shared/domain/conversations/assignment.ts";
import type { AssignConversation } from "../../shared/schemas/conversation.ts";
import { loadPrincipal } from "../access/access.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { followChange } from "./announceChange.ts";
import { changeConversation, recordedAs, type ConversationChanged } from "./changeConversation.ts";
import { alongChatLifecycle, loadChatContext } from "./chatLifecycle.ts";
import { assignedNotice, notifyAgent } from "./notify.ts";
import { findUserName } from "./repo.ts";

export async function assignConversation(ctx: HandlerContext, input: AssignConversation, db: Queryable): Promise<ConversationChanged> {
  const candidate = input.assigneeId === null ? null : await loadPrincipal(db, input.assigneeId);
  const chat = await loadChatContext(db, input.conversationId, input.assigneeId, ctx.clock.now());
  return changeConversation(ctx, db, input, (current) =>
    alongChatLifecycle(current, recordedAs("assignment", planAssignment(current, input.assigneeId, candidate)), chat),
  );
}

/** After the first commit: live chat follows, and a teammate given the conversation by someone else is notified. */
export async function followAssignment(ctx: HandlerContext, changed: ConversationChanged): Promise<void> {
  await followChange(ctx, changed);
  const { conversation, item } = changed;
  if (!item || conversation.assigneeId === null || conversation.assigneeId === ctx.userId) return;
  const by = { id: ctx.userId, name: (await findUserName(ctx.db, ctx.userId)) ?? "A teammate" };
  notifyAgent(ctx.io, conversation.assigneeId, assignedNotice(conversation, by, new Date(item.createdAt)));
}
