import { z } from "zod";
import { AgentState, BrandQueue, SetAgentStatus, SetChatCapacity, TransferConversation } from "../schemas/chat.ts";
import { Conversation } from "../schemas/conversation.ts";
import { ConversationId, Instant } from "../schemas/ids.ts";
import { action, query } from "./define.ts";

export const chatRequests = {
  /** The caller's own routing state: status, away reason, capacity and open chats. */
  "agent:state": query(z.object({}), AgentState),
  /** Available, away with a reason, or offline. Becoming available takes waiting chats at once, up to capacity. */
  "agent:setStatus": action(SetAgentStatus, AgentState),
  /** How many chats a user takes at once. Needs admin of a brand the user works for. */
  "agent:setCapacity": action(SetChatCapacity, AgentState),
  /** The chat queue of each brand the caller works for. */
  "queue:list": query(z.object({}), z.array(BrandQueue)),
  /** Hand a conversation to a teammate of its brand, or back to the brand's queue (null), with a note. */
  "conversation:transfer": action(TransferConversation, Conversation),
};

export const chatPushes = {
  /** The agent's routing state changed (by them in another tab, an admin, or the server after a lost connection). */
  "agent:stateChanged": AgentState,
  /** A brand's queue changed, to its room. */
  "queue:changed": BrandQueue,
  /** The chat's visitor is typing or stopped, to the conversation's room. */
  "conversation:visitorTyping": z.object({ conversationId: ConversationId, contactName: z.string(), typing: z.boolean(), at: Instant }),
};
