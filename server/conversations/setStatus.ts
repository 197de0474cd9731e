import { planStatusChange } from "../../shared/domain/conversations/status.ts";
import type { Conversation, SetConversationStatus } from "../../shared/schemas/conversation.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { changeConversation, recordedAs, type ConversationChanged } from "./changeConversation.ts";
import { alongChatLifecycle, loadChatContext } from "./chatLifecycle.ts";

export async function setConversationStatus(ctx: HandlerContext, input: SetConversationStatus, db: Queryable): Promise<ConversationChanged> {
  const now = ctx.clock.now();
  const chat = await loadChatContext(db, input.conversationId, null, now);
  return changeConversation(ctx, db, input, (current) => alongChatLifecycle(current, recordedAs("statusChange", planStatusChange(current, input, now)), chat));
}
