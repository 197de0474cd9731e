/**
 * The SLA clock in the console's words: durations, the badge's short text and its full sentence. Which target runs
 * and its tone are the shared rule (shared/domain/sla/clock.ts); this module only says them.
 */
import type { SlaClock, SlaTarget } from "../../../shared/domain/sla/clock.ts";

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

/**
 * The clock in words, for the badge and for screen readers: "First response due in 12 min", "Resolution 3 h overdue",
 * "First response 10 min overdue (paused while waiting on the customer)".
 */
export function describeSlaClock(clock: SlaClock): string {
  if (clock.target === null) return "No SLA clock running";
  const label = targetLabel[clock.target];
  const when = clock.remainingMs <= 0 ? `${label} ${formatDuration(clock.remainingMs)} overdue` : `${label} due in ${formatDuration(clock.remainingMs)}`;
  return clock.tone === "paused" ? `${when} (paused while waiting on the customer)` : when;
}

/** The badge's short text: "12 min", "−3 h" once past due. */
export function shortSlaText(clock: SlaClock): string {
  if (clock.target === null) return "";
  return clock.remainingMs <= 0 ? `−${formatDuration(clock.remainingMs)}` : formatDuration(clock.remainingMs);
}
