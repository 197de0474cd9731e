/** A console's presence in a chat, as its visitor hears it (the rule: shared/domain/chat/agentTyping.ts). */
import { agentTypingForVisitor } from "../../shared/domain/chat/agentTyping.ts";
import type { SharePresence } from "../../shared/schemas/conversation.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { findChatHolder } from "./repo.ts";

export async function tellVisitorOfAgentTyping(ctx: HandlerContext, presence: SharePresence, userName: string): Promise<void> {
  const typing = agentTypingForVisitor(presence, ctx.userId, await findChatHolder(ctx.db, presence.conversationId));
  if (typing !== null) ctx.chat.visitors.agentTyping(presence.conversationId, userName, typing);
}
