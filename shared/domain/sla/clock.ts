/**
 * The SLA clock of one conversation: which target runs (first response while nobody has answered and the visitor
 * has not left the chat, then resolution), how long is left, and how worried to be. It reads only the due times the
 * server stored; when they fall due, business hours and holidays included, is dueAt.ts's job.
 *
 * The choice of target is also the inbox's "needs attention" order: the database keeps it as the generated column
 * conversations.attention_at (migration 005) so that an index can serve it, and attentionAt() below is the same rule
 * in TypeScript, held equal to the column by server/sla/attentionAt.int.test.ts.
 */
import type { Conversation } from "../../schemas/conversation.ts";

export type SlaTarget = "firstResponse" | "resolution";

/**
 * ok: comfortable; warning (amber): a quarter of the target or less is left; breached (red): past due;
 * paused: waiting on the customer (pending, snoozed), so the agent need not act, even past due; none: no target runs.
 */
export type SlaTone = "ok" | "warning" | "breached" | "paused" | "none";

export interface SlaClock {
  target: SlaTarget | null;
  dueAt: string | null;
  /** negative once past due, in ms; 0 when no target runs */
  remainingMs: number;
  tone: SlaTone;
}

const MINUTE_MS = 60_000;
/** Amber at a quarter of the target left… */
const WARN_SHARE = 0.25;
/** …but at least 5 minutes ahead, so a one-hour target warns a quarter hour before and a 24-hour one 6 h before… */
const WARN_AT_LEAST_MS = 5 * MINUTE_MS;
/** …and at most half-way, so a 2-minute chat target is not amber from its first second. */
const WARN_AT_MOST_SHARE = 0.5;

export type SlaFields = Pick<Conversation, "status" | "createdAt" | "firstResponseDueAt" | "firstRespondedAt" | "resolutionDueAt" | "chatEndedAt">;

export type AttentionFields = Pick<Conversation, "firstResponseDueAt" | "firstRespondedAt" | "resolutionDueAt" | "chatEndedAt" | "waitingSince" | "lastActivityAt">;

/** How long before due a clock turns amber, in ms, for a target that spans targetMs. */
export function warnBeforeMs(targetMs: number): number {
  const share = Math.max(0, targetMs) * WARN_SHARE;
  return Math.max(share, Math.min(WARN_AT_LEAST_MS, Math.max(0, targetMs) * WARN_AT_MOST_SHARE));
}

/** The target whose due time comes next, whatever the status; null when the conversation has no due times left. */
export function currentSlaTarget(
  conversation: Pick<Conversation, "firstResponseDueAt" | "firstRespondedAt" | "resolutionDueAt" | "chatEndedAt">,
): { target: SlaTarget; dueAt: string } | null {
  // a visitor who left an unanswered chat can no longer be answered in it: what is left is the wrap-up
  const awaitsFirstResponse = conversation.firstRespondedAt === null && conversation.chatEndedAt === null;
  if (awaitsFirstResponse && conversation.firstResponseDueAt !== null) return { target: "firstResponse", dueAt: conversation.firstResponseDueAt };
  if (conversation.resolutionDueAt !== null) return { target: "resolution", dueAt: conversation.resolutionDueAt };
  return null;
}

/** The "needs attention" sort key: the next due time, else since when the customer waits, else the last activity. */
export function attentionAt(conversation: AttentionFields): string {
  return currentSlaTarget(conversation)?.dueAt ?? conversation.waitingSince ?? conversation.lastActivityAt;
}

export function slaClock(conversation: SlaFields, now: Date): SlaClock {
  const none: SlaClock = { target: null, dueAt: null, remainingMs: 0, tone: "none" };
  if (conversation.status === "resolved") return none;
  const current = currentSlaTarget(conversation);
  if (current === null) return none;
  const dueMs = Date.parse(current.dueAt);
  const remainingMs = dueMs - now.getTime();
  const targetMs = dueMs - Date.parse(conversation.createdAt);
  // waiting on the customer outranks being late: a pending row in red asks the agent for an action they cannot take
  const tone: SlaTone =
    conversation.status !== "open" ? "paused" : remainingMs <= 0 ? "breached" : remainingMs <= warnBeforeMs(targetMs) ? "warning" : "ok";
  return { target: current.target, dueAt: current.dueAt, remainingMs, tone };
}
