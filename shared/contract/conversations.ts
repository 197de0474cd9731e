import { z } from "zod";
import { Conversation, ConversationRef } from "../schemas/conversation.ts";
import { query } from "./define.ts";

export const conversationRequests = {
  /** One conversation, if it belongs to a brand the caller works for. */
  "conversation:get": query(ConversationRef, Conversation),
  /** Join the conversation's room to receive its timeline live; refused like conversation:get. */
  "conversation:watch": query(ConversationRef, z.object({ lastSeq: z.number().int() })),
  "conversation:unwatch": query(ConversationRef, z.object({})),
};

export const conversationPushes = {};
