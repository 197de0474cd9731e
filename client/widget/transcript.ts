/**
 * The visitor's transcript as the server numbered it: messages in seq order, each once. One message can reach the
 * widget three ways (the ack of chat:send, the chat:message push, a chat:history catch-up after a reconnect), so
 * every arrival goes through mergeMessages. Messages still in the outbox have no seq yet; transcriptLines puts them
 * after the numbered ones, keyed by clientId so that a bubble keeps its place when its ack turns it into a message.
 */
import type { ChatState, VisitorMessage } from "../../shared/schemas/chat.ts";
import type { OutboxEntry } from "./outbox.ts";

/** Sorted by seq; a seq, or a visitor clientId, seen twice is kept once (the server's copies are identical). */
export function mergeMessages(current: readonly VisitorMessage[], incoming: readonly VisitorMessage[]): VisitorMessage[] {
  const seqs = new Set(current.map((m) => m.seq));
  const clientIds = new Set(current.filter((m) => m.from === "visitor").map((m) => m.clientId));
  const added: VisitorMessage[] = [];
  for (const message of incoming) {
    if (seqs.has(message.seq) || (message.from === "visitor" && clientIds.has(message.clientId))) continue;
    seqs.add(message.seq);
    if (message.from === "visitor") clientIds.add(message.clientId);
    added.push(message);
  }
  if (added.length === 0) return current as VisitorMessage[];
  return [...current, ...added].sort((a, b) => a.seq - b.seq);
}

/** The seq to catch up from after a reconnect: 0 before anything was seen. */
export function lastSeq(messages: readonly VisitorMessage[]): number {
  return messages.at(-1)?.seq ?? 0;
}

/** Agent messages the visitor has not seen: what the closed launcher's badge counts. */
export function unreadCount(messages: readonly VisitorMessage[], readSeq: number): number {
  return messages.filter((m) => m.from === "agent" && m.seq > readSeq).length;
}

/** What the visitor is told about one of their own messages. */
export type Delivery = "sending" | "failed" | "sent" | "delivered" | "read";

export function deliveryOf(message: VisitorMessage, chat: Pick<ChatState, "deliveredSeq" | "readSeq"> | null): Delivery {
  if (chat && message.seq <= chat.readSeq) return "read";
  if (chat && message.seq <= chat.deliveredSeq) return "delivered";
  return "sent";
}

/**
 * The chat after a state from the server. States of one chat can arrive out of order (the ack of chat:start is
 * computed before routing's push that an agent joined, yet may come after it). Every change of phase adds an item,
 * so a state that has seen fewer items is older and is dropped; marks only ever move forward.
 */
export function newerChat(current: ChatState | null, incoming: ChatState): ChatState {
  if (!current || current.conversationId !== incoming.conversationId) return incoming;
  const newer = incoming.lastSeq >= current.lastSeq ? incoming : current;
  const deliveredSeq = Math.max(current.deliveredSeq, incoming.deliveredSeq);
  const readSeq = Math.max(current.readSeq, incoming.readSeq);
  return newer.deliveredSeq === deliveredSeq && newer.readSeq === readSeq ? newer : { ...newer, deliveredSeq, readSeq };
}

/** The chat after a delivered mark: marks only move forward, and only for the chat on screen. */
export function withDelivered(chat: ChatState | null, delivered: { conversationId: string; seq: number }): ChatState | null {
  if (!chat || chat.conversationId !== delivered.conversationId || delivered.seq <= chat.deliveredSeq) return chat;
  return { ...chat, deliveredSeq: delivered.seq };
}

export interface TranscriptLine {
  /** stable across the ack: "c:<clientId>" for the visitor's messages, "m:<id>" for the others */
  key: string;
  from: VisitorMessage["from"];
  /** the agent's name, on the first of a run of their messages only */
  author: string | null;
  body: string;
  /** null while the message is still in the outbox */
  at: string | null;
  /** null for messages that are not the visitor's */
  delivery: Delivery | null;
  /** the server's refusal, written for the visitor */
  error: string | null;
  /** a refusal that may pass later (too many messages too fast), unlike one about the message itself */
  retryable: boolean;
  clientId: string;
}

export function transcriptLines(
  messages: readonly VisitorMessage[],
  outbox: readonly OutboxEntry[],
  chat: Pick<ChatState, "deliveredSeq" | "readSeq"> | null,
): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  let previousAuthor: string | null = null;
  for (const m of messages) {
    const visitor = m.from === "visitor";
    const author = m.from === "agent" && m.authorName !== previousAuthor ? m.authorName : null;
    previousAuthor = m.from === "agent" ? m.authorName : null;
    lines.push({
      key: visitor ? `c:${m.clientId}` : `m:${m.id}`,
      from: m.from,
      author,
      body: m.body,
      at: m.at,
      delivery: visitor ? deliveryOf(m, chat) : null,
      error: null,
      retryable: false,
      clientId: m.clientId,
    });
  }
  const numbered = new Set(messages.filter((m) => m.from === "visitor").map((m) => m.clientId));
  for (const entry of outbox) {
    if (numbered.has(entry.clientId)) continue;
    lines.push({
      key: `c:${entry.clientId}`,
      from: "visitor",
      author: null,
      body: entry.body,
      at: null,
      delivery: entry.refusal ? "failed" : "sending",
      error: entry.refusal?.message ?? null,
      retryable: entry.refusal?.code === "rate_limited",
      clientId: entry.clientId,
    });
  }
  return lines;
}
