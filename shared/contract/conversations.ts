import { z } from "zod";
import { ConversationId, Instant, UserId, BrandId } from "../schemas/ids.ts";
import {
  AssignConversation,
  Conversation,
  ConversationRef,
  MarkConversationRead,
  Presence,
  SetConversationPriority,
  SetConversationStatus,
  SetConversationTags,
  SharePresence,
} from "../schemas/conversation.ts";
import { AssigneeCandidate } from "../schemas/inbox.ts";
import { action, query } from "./define.ts";

export const conversationRequests = {
  /** One conversation, if it belongs to a brand the caller works for. */
  "conversation:get": query(ConversationRef, Conversation),
  /** Join the conversation's room to receive its timeline live; refused like conversation:get. */
  "conversation:watch": query(ConversationRef, z.object({ lastSeq: z.number().int(), lastReadSeq: z.number().int() })),
  "conversation:unwatch": query(ConversationRef, z.object({})),
  /** Assign to a teammate who may work in the brand, or unassign (null). Adds an assignment timeline item. */
  "conversation:assign": action(AssignConversation, Conversation),
  /** Open, pending, snoozed until a time, resolved, or reopened. Adds a status-change timeline item. */
  "conversation:setStatus": action(SetConversationStatus, Conversation),
  "conversation:setPriority": action(SetConversationPriority, Conversation),
  "conversation:setTags": action(SetConversationTags, Conversation),
  /** Moves the caller's read marker forward (never back). */
  "conversation:markRead": action(MarkConversationRead, z.object({ conversationId: ConversationId, lastReadSeq: z.number().int() })),
  /** Teammates the conversation can be assigned to: users who may write in its brand. */
  "conversation:assignees": query(ConversationRef, z.array(AssigneeCandidate)),
  /** Tell the others in the conversation that the caller is viewing, typing, or has left. Not stored. */
  "conversation:presence": query(SharePresence, z.object({})),
};

export const conversationPushes = {
  /** A conversation's new state after any change, to its brand's room: inbox rows and headers patch from it. */
  "conversation:changed": Conversation,
  /** Several conversations' new state at once (a burst of customers' messages), to their brand's room. */
  "conversations:changed": z.object({ conversations: z.array(Conversation) }),
  /** The caller's own read marker moved (from another tab), to their user room. */
  "conversation:read": z.object({ conversationId: ConversationId, lastReadSeq: z.number().int() }),
  /** Someone is viewing or typing in a conversation, to its room. */
  "conversation:presence": Presence,
  /** Something the agent should notice: assigned to them, mentioned in a note, or a customer replied in theirs. */
  "agent:notified": z.object({
    kind: z.enum(["assigned", "mentioned", "customerReplied"]),
    conversationId: ConversationId,
    brandId: BrandId,
    byUserId: UserId.nullable(),
    title: z.string(),
    preview: z.string(),
    at: Instant,
  }),
};
