/**
 * A user's chat capacity as an admin types it: how many chats routing gives them at once, 0 (none: they take
 * emails and calls only) to MAX_CHAT_CAPACITY.
 */
import { MAX_CHAT_CAPACITY } from "../../../shared/domain/limits.ts";

export type CapacityInput = { ok: true; capacity: number } | { ok: false; message: string };

export function parseCapacity(text: string): CapacityInput {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `Enter a whole number from 0 to ${MAX_CHAT_CAPACITY}.` };
  const capacity = Number(trimmed);
  if (capacity > MAX_CHAT_CAPACITY) return { ok: false, message: `At most ${MAX_CHAT_CAPACITY} chats at once.` };
  return { ok: true, capacity };
}
