import { z } from "zod";
import { MAX_BODY_CHARS, MAX_CHAT_CAPACITY } from "../domain/limits.ts";
import { BrandId, ClientId, ConversationId, Instant, UserId } from "./ids.ts";
import { AgentStatus } from "./user.ts";

export const AwayReason = z.enum(["break", "lunch", "training", "meeting"]);
export type AwayReason = z.infer<typeof AwayReason>;

/** An agent's routing state as the server keeps it. */
export const AgentState = z.object({
  userId: UserId,
  status: AgentStatus,
  awayReason: AwayReason.nullable(),
  chatCapacity: z.number().int().min(0).max(MAX_CHAT_CAPACITY),
  /** open chats assigned to the agent that the visitor has not ended: what counts against the capacity */
  activeChats: z.number().int().min(0),
  statusChangedAt: Instant.nullable(),
});
export type AgentState = z.infer<typeof AgentState>;

export const SetAgentStatus = z
  .object({ clientId: ClientId, status: AgentStatus, awayReason: AwayReason.optional() })
  .refine((v) => (v.status === "away") === (v.awayReason !== undefined), {
    message: "awayReason is required with status away, and only then",
    path: ["awayReason"],
  });
export type SetAgentStatus = z.infer<typeof SetAgentStatus>;

export const SetChatCapacity = z.object({ clientId: ClientId, userId: UserId, capacity: z.number().int().min(0).max(MAX_CHAT_CAPACITY) });
export type SetChatCapacity = z.infer<typeof SetChatCapacity>;

/** A brand's chats waiting for an agent. */
export const BrandQueue = z.object({
  brandId: BrandId,
  waiting: z.number().int().min(0),
  /** when the chat first in line started waiting; null when nobody waits */
  longestWaitingSince: Instant.nullable(),
  /** available agents of the brand with room for another chat */
  agentsWithRoom: z.number().int().min(0),
});
export type BrandQueue = z.infer<typeof BrandQueue>;

/** Hand a chat to a teammate who works for the brand, or back to the queue (null), with a note for the next agent. */
export const TransferConversation = z.object({
  clientId: ClientId,
  conversationId: ConversationId,
  toUserId: UserId.nullable(),
  note: z.string().trim().max(2_000).default(""),
});
export type TransferConversation = z.infer<typeof TransferConversation>;

// ——— the visitor's side, spoken through the widget namespace ———

export const PreChatForm = z.enum(["none", "name", "nameEmail"]);
export type PreChatForm = z.infer<typeof PreChatForm>;

export const WidgetConfig = z.object({
  brand: z.object({
    name: z.string(),
    color: z.string(),
    accentColor: z.string(),
    logoSvg: z.string().nullable(),
    greeting: z.string(),
  }),
  preChatForm: PreChatForm,
  /** whether a chat can start now; otherwise the widget takes a message with an email address */
  availability: z.object({ online: z.boolean(), reason: z.enum(["closed", "noAgents"]).nullable() }),
});
export type WidgetConfig = z.infer<typeof WidgetConfig>;

/** A timeline item as the visitor may see it: messages both ways and the events said to them, never notes. */
export const VisitorMessage = z.object({
  id: z.string(),
  seq: z.number().int().positive(),
  clientId: z.string(),
  from: z.enum(["visitor", "agent", "system"]),
  /** the agent's name on their messages */
  authorName: z.string().nullable(),
  body: z.string(),
  at: Instant,
});
export type VisitorMessage = z.infer<typeof VisitorMessage>;

export const ChatPhase = z.enum(["queued", "active", "ended"]);
export type ChatPhase = z.infer<typeof ChatPhase>;

export const ChatState = z.object({
  conversationId: ConversationId,
  phase: ChatPhase,
  /** 1 for first in line; null unless queued */
  queuePosition: z.number().int().positive().nullable(),
  agentName: z.string().nullable(),
  lastSeq: z.number().int().min(0),
  /** the visitor's messages up to this seq have reached an agent */
  deliveredSeq: z.number().int().min(0),
  /** the visitor's messages up to this seq have been read by an agent */
  readSeq: z.number().int().min(0),
  endedBy: z.enum(["visitor", "agent"]).nullable(),
  rating: z.object({ score: z.number().int().min(1).max(5), comment: z.string() }).nullable(),
});
export type ChatState = z.infer<typeof ChatState>;

const VisitorText = z.string().trim().min(1).max(MAX_BODY_CHARS);
const VisitorName = z.string().trim().min(1).max(120);
const VisitorEmail = z.email().max(254);

export const StartChat = z.object({ clientId: ClientId, name: VisitorName.optional(), email: VisitorEmail.optional(), body: VisitorText });
export type StartChat = z.infer<typeof StartChat>;

export const SendChatMessage = z.object({ clientId: ClientId, body: VisitorText });
export type SendChatMessage = z.infer<typeof SendChatMessage>;

export const RateChat = z.object({ clientId: ClientId, score: z.number().int().min(1).max(5), comment: z.string().trim().max(1_000).default("") });
export type RateChat = z.infer<typeof RateChat>;

export const LeaveMessage = z.object({ clientId: ClientId, name: VisitorName.optional(), email: VisitorEmail, body: VisitorText });
export type LeaveMessage = z.infer<typeof LeaveMessage>;
