/**
 * The visitor's messages that the server has not acknowledged yet, oldest first. Each keeps the clientId of its
 * first attempt, so sending it again after a timeout or a reconnect is harmless: the server answers a repeat with
 * the first result. Messages go one at a time in order, so the server numbers them in the order they were written.
 * A refusal that a retry cannot fix (too long, too fast, invalid) stops that message and keeps the server's words
 * beside it; the visitor may try it again or remove it. Pure: session.ts sends (the requester retries and backs off),
 * storage.ts keeps it over a reload.
 */
import type { VisitorMessage } from "../../shared/schemas/chat.ts";

export interface OutboxEntry {
  clientId: string;
  body: string;
  /** on the message that starts a chat: what the pre-chat form asked; it goes as chat:start instead of chat:send */
  start: { name?: string; email?: string } | null;
  refusal: { code: string; message: string } | null;
}

export type Outbox = readonly OutboxEntry[];

export function enqueue(outbox: Outbox, entry: Pick<OutboxEntry, "clientId" | "body" | "start">): Outbox {
  return [...outbox, { ...entry, refusal: null }];
}

/** The oldest message that may still be sent. */
export function nextToSend(outbox: Outbox): OutboxEntry | undefined {
  return outbox.find((e) => e.refusal === null);
}

export function refuse(outbox: Outbox, clientId: string, refusal: { code: string; message: string }): Outbox {
  return outbox.map((e) => (e.clientId === clientId ? { ...e, refusal: { code: refusal.code, message: refusal.message } } : e));
}

/** The visitor asked to try a refused message again: back in line at its place. */
export function retry(outbox: Outbox, clientId: string): Outbox {
  return outbox.map((e) => (e.clientId === clientId ? { ...e, refusal: null } : e));
}

export function remove(outbox: Outbox, clientId: string): Outbox {
  return outbox.filter((e) => e.clientId !== clientId);
}

/**
 * Drops what the server already has: an ack can be lost with the connection while the message was stored, and the
 * catch-up or a push then shows it.
 */
export function withoutDelivered(outbox: Outbox, messages: readonly VisitorMessage[]): Outbox {
  const delivered = new Set(messages.filter((m) => m.from === "visitor").map((m) => m.clientId));
  const kept = outbox.filter((e) => !delivered.has(e.clientId));
  return kept.length === outbox.length ? outbox : kept;
}

/** Reads a stored outbox back, dropping whatever does not have the shape (another version, a hand edit). */
export function parseOutbox(stored: string | null): Outbox {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== "object" || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.clientId === "string" &&
    typeof e.body === "string" &&
    (e.start === null || typeof e.start === "object") &&
    (e.refusal === null || (typeof e.refusal === "object" && typeof (e.refusal as { message?: unknown }).message === "string"))
  );
}
