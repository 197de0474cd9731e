import { planPriority } from "../../shared/domain/conversations/priority.ts";
import type { Conversation, SetConversationPriority } from "../../shared/schemas/conversation.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { changeConversation, recordedAs, type ConversationChanged } from "./changeConversation.ts";

export function setConversationPriority(ctx: HandlerContext, input: SetConversationPriority, db: Queryable): Promise<ConversationChanged> {
  return changeConversation(ctx, db, input, (current) => recordedAs("system", planPriority(current, input.priority)));
}
