/**
 * The brands' chat queues as the side bar shows them: how many wait, for how long the first in line has waited
 * (a live age, to the second), and whether any agent has room. queue:list loads them; each queue:changed push
 * replaces one brand's queue (app/pushSubscriptions.ts).
 */
import type { BrandQueue } from "../../../shared/schemas/chat.ts";

/** Replaces the brand's queue, or adds it (a brand the agent just gained). */
export function applyQueueChange(queues: readonly BrandQueue[], changed: BrandQueue): BrandQueue[] {
  const index = queues.findIndex((queue) => queue.brandId === changed.brandId);
  if (index === -1) return [...queues, changed];
  return queues.map((queue, i) => (i === index ? changed : queue));
}

/** "45s", "2m 10s", "1h 05m": a wait to the second while it is short, since a chat's first minutes count most. */
export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, "0")}s`;
  const hours = Math.floor(minutes / 60);
  return `${hours}h ${String(minutes % 60).padStart(2, "0")}m`;
}

/** The same in words for screen readers: "2 minutes 10 seconds". */
export function describeWait(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (seconds < 60) return unit(seconds, "second");
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? unit(minutes, "minute") : `${unit(minutes, "minute")} ${unit(seconds % 60, "second")}`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? unit(hours, "hour") : `${unit(hours, "hour")} ${unit(minutes % 60, "minute")}`;
}

/** A wait this long turns the queue amber: most brands promise a chat answer within a couple of minutes. */
export const LONG_WAIT_MS = 2 * 60_000;

export type QueueTone = "calm" | "waiting" | "late";

export interface QueueView {
  tone: QueueTone;
  /** "3 waiting · longest 2m 10s", or "No one waiting" */
  text: string;
  /** the same in pieces that should not break inside: ["3 waiting", "longest 2m 10s"] */
  parts: string[];
  /** the same in words */
  label: string;
  /** chats wait and no agent of the brand has room for one */
  noAgentFree: boolean;
}

export function queueView(queue: BrandQueue | undefined, now: Date): QueueView {
  if (queue === undefined || queue.waiting === 0) {
    return { tone: "calm", text: "No one waiting", parts: ["No one waiting"], label: "No one waiting", noAgentFree: false };
  }
  const waitMs = queue.longestWaitingSince === null ? null : now.getTime() - Date.parse(queue.longestWaitingSince);
  const count = `${queue.waiting} waiting`;
  const parts = waitMs === null ? [count] : [count, `longest ${formatWait(waitMs)}`];
  return {
    tone: waitMs !== null && waitMs >= LONG_WAIT_MS ? "late" : "waiting",
    text: parts.join(" · "),
    parts,
    label: waitMs === null ? count : `${count}, the longest for ${describeWait(waitMs)}`,
    noAgentFree: queue.agentsWithRoom === 0,
  };
}
