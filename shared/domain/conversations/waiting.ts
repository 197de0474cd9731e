/**
 * Whether a customer is waiting for an answer, and since when: the first customer message after the last agent
 * reply starts the wait, later customer messages keep its start, an agent reply ends it. Notes, calls and
 * system events leave it alone. The SQL that stores a timeline item applies the effect in the same statement.
 */
import type { TimelineItem } from "../../schemas/timeline.ts";

export type WaitingEffect = "start" | "stop" | "none";

export function waitingEffectOf(item: Pick<TimelineItem, "kind" | "direction">): WaitingEffect {
  if (item.kind !== "message") return "none";
  return item.direction === "inbound" ? "start" : "stop";
}

/** waiting_since after an item with this effect arrives at `at` (ISO instants). */
export function waitingSinceAfter(waitingSince: string | null, effect: WaitingEffect, at: string): string | null {
  if (effect === "start") return waitingSince ?? at;
  if (effect === "stop") return null;
  return waitingSince;
}
