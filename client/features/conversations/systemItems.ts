/**
 * System timeline items in words: "Tom Becker assigned this to Ana Souza", "Ana Souza snoozed it until Mon 9 Mar,
 * 09:00", "Switchboard routed the chat to Ana Souza". Items name people by id; the caller resolves names
 * (teammates of the brand, and the agent). Chat events the server words itself (data.event: chatStarted,
 * chatEnded, chatRated, offlineMessage) show as their body.
 */
import type { TimelineItem } from "../../../shared/schemas/timeline.ts";
import { formatDateTime } from "../../ui/time.ts";

export type NameOf = (userId: string | null) => string;

const statusVerb: Record<string, string> = {
  open: "reopened the conversation",
  pending: "set it to pending",
  resolved: "resolved the conversation",
};

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

export function describeSystemItem(item: Pick<TimelineItem, "kind" | "authorUserId" | "body" | "data">, nameOf: NameOf, timeZone?: string): string {
  const who = item.authorUserId === null ? "Switchboard" : nameOf(item.authorUserId);
  const data = item.data;
  if (item.kind === "assignment") {
    const to = str(data.to);
    const note = withNote(str(data.note));
    if (data.reason === "routed" && to !== null) return `Switchboard routed the chat to ${nameOf(to)}`;
    if (data.reason === "agentOffline") {
      const from = str(data.from);
      return from === null ? "The chat went back to the queue: its agent went offline" : `The chat went back to the queue: ${nameOf(from)} went offline`;
    }
    if (data.reason === "transfer") {
      return to === null ? `${who} sent the chat back to the queue${note}` : `${who} transferred the conversation to ${nameOf(to)}${note}`;
    }
    if (to === null) return `${who} unassigned the conversation`;
    if (to === item.authorUserId) return `${who} took the conversation`;
    return `${who} assigned the conversation to ${nameOf(to)}`;
  }
  if (item.kind === "statusChange") {
    const to = str(data.to) ?? "";
    const from = str(data.from);
    if (to === "snoozed") {
      const until = str(data.snoozedUntil);
      return until ? `${who} snoozed the conversation until ${formatDateTime(until, timeZone)}` : `${who} snoozed the conversation`;
    }
    if (to === "open" && from !== "resolved") return `${who} set it back to open`;
    return `${who} ${statusVerb[to] ?? `set the status to ${to}`}`;
  }
  if (data.change === "priority") return `${who} changed the priority to ${str(data.to) ?? "?"}`;
  if (data.change === "tags") {
    const added = list(data.added);
    const removed = list(data.removed);
    const parts = [
      added.length > 0 ? `added ${plural("tag", added)} ${added.join(", ")}` : null,
      removed.length > 0 ? `removed ${plural("tag", removed)} ${removed.join(", ")}` : null,
    ].filter(Boolean);
    return `${who} ${parts.join(" and ")}`;
  }
  return item.body;
}

const CHAT_EVENTS = new Set(["chatStarted", "chatEnded", "chatRated", "offlineMessage"]);

/** The chat event a system item records (the timeline marks the start and end of a chat), or undefined. */
export function chatEventOf(item: Pick<TimelineItem, "kind" | "data">): string | undefined {
  const event = str(item.data.event);
  return item.kind === "system" && event !== null && CHAT_EVENTS.has(event) ? event : undefined;
}

/** ": the note" after a transfer, when the agent wrote one. */
function withNote(note: string | null): string {
  const text = note?.trim() ?? "";
  return text === "" ? "" : `: ${text}`;
}

function plural(word: string, items: readonly unknown[]): string {
  return items.length === 1 ? word : `${word}s`;
}
