import { planTags } from "../../shared/domain/conversations/tags.ts";
import type { Conversation, SetConversationTags } from "../../shared/schemas/conversation.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { changeConversation, recordedAs, type ConversationChanged } from "./changeConversation.ts";

export function setConversationTags(ctx: HandlerContext, input: SetConversationTags, db: Queryable): Promise<ConversationChanged> {
  return changeConversation(ctx, db, input, (current) => recordedAs("system", planTags(current, input.tags)));
}
