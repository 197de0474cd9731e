import { planStatusChange } from "../../shared/domain/conversations/status.ts";
import type { Conversation, SetConversationStatus } from "../../shared/schemas/conversation.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "../realtime/handlerContext.ts";
import { changeConversation, recordedAs } from "./changeConversation.ts";

export function setConversationStatus(ctx: HandlerContext, input: SetConversationStatus, db: Queryable): Promise<Conversation> {
  const now = ctx.clock.now();
  return changeConversation(ctx, db, input, (current) => recordedAs("statusChange", planStatusChange(current, input, now)));
}
