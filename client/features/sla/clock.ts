/**
 * The SLA clock as an agent sees it on a row or a header: which target is running (first response while nobody has
 * answered and the visitor has not left the chat, then resolution), how long is left, and how worried to be. It
 * reads only the due times the server computed; business hours and pauses are the server's job. This belongs in
 * shared/domain/sla/clock.ts once that exists (shared/ is owned by the server side for now), so the breach job and
 * the badge use one rule.
 */
import type { Conversation } from "../../../shared/schemas/conversation.ts";

export type SlaTarget = "firstResponse" | "resolution";

/**
 * ok: comfortable; warning (amber): a quarter of the target or less is left; breached (red): past due;
 * paused: waiting on the customer (pending, snoozed), so the agent need not act; none: no target runs.
 */
export type SlaTone = "ok" | "warning" | "breached" | "paused" | "none";

export interface SlaClock {
  target: SlaTarget | null;
  dueAt: string | null;
  /** negative once breached, in ms; 0 when no target runs */
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

type SlaFields = Pick<
  Conversation,
  "status" | "createdAt" | "firstResponseDueAt" | "firstRespondedAt" | "resolutionDueAt" | "resolvedAt" | "chatEndedAt"
>;

/** How long before due a clock turns amber, in ms, for a target that spans targetMs. */
export function warnBeforeMs(targetMs: number): number {
  const share = Math.max(0, targetMs) * WARN_SHARE;
  return Math.max(share, Math.min(WARN_AT_LEAST_MS, Math.max(0, targetMs) * WARN_AT_MOST_SHARE));
}

export function slaClock(conversation: SlaFields, now: Date): SlaClock {
  const none: SlaClock = { target: null, dueAt: null, remainingMs: 0, tone: "none" };
  if (conversation.status === "resolved") return none;
  // a visitor who left an unanswered chat can no longer be answered in it: what is left is the wrap-up
  const awaitsFirstResponse = conversation.firstRespondedAt === null && conversation.chatEndedAt === null;
  const target: SlaTarget | null =
    awaitsFirstResponse && conversation.firstResponseDueAt !== null
      ? "firstResponse"
      : conversation.resolutionDueAt !== null
        ? "resolution"
        : null;
  if (target === null) return none;
  const dueAt = (target === "firstResponse" ? conversation.firstResponseDueAt : conversation.resolutionDueAt) as string;
  const dueMs = Date.parse(dueAt);
  const remainingMs = dueMs - now.getTime();
  const targetMs = dueMs - Date.parse(conversation.createdAt);
  const tone: SlaTone =
    remainingMs <= 0
      ? "breached"
      : conversation.status !== "open"
        ? "paused"
        : remainingMs <= warnBeforeMs(targetMs)
          ? "warning"
          : "ok";
  return { target, dueAt, remainingMs, tone };
}

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h": two units at most, rounded down, sign ignored. */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

const targetLabel: Record<SlaTarget, string> = { firstResponse: "First response", resolution: "Resolution" };

/** The clock in words, for the badge and for screen readers: "First response due in 12 min", "Resolution 3 h overdue". */
export function describeSlaClock(clock: SlaClock): string {
  if (clock.target === null) return "No SLA clock running";
  const label = targetLabel[clock.target];
  if (clock.tone === "breached") return `${label} ${formatDuration(clock.remainingMs)} overdue`;
  const when = `${label} due in ${formatDuration(clock.remainingMs)}`;
  return clock.tone === "paused" ? `${when} (paused while waiting on the customer)` : when;
}

/** The badge's short text: "12 min", "-3 h" once overdue. */
export function shortSlaText(clock: SlaClock): string {
  if (clock.target === null) return "";
  return clock.tone === "breached" ? `−${formatDuration(clock.remainingMs)}` : formatDuration(clock.remainingMs);
}
