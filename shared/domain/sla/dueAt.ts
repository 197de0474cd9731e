/**
 * When an SLA target falls due. A policy counts either all time (the target is plain elapsed time) or only the
 * brand's business time: its weekly hours on its own wall clocks, less its holidays, with daylight-saving changes
 * counted as the hours that really pass (businessHours.ts). Every place that gives a conversation its due times
 * goes through here, so the server's due times and the console's SLA badge (clock.ts) tell the same story.
 *
 * Kept apart from clock.ts on purpose: this module brings the time-zone library, the clock must not.
 */
import { openIntervalsFrom, type BusinessCalendar } from "../brands/businessHours.ts";

export interface SlaPolicy {
  firstResponseTargetMs: number;
  resolutionTargetMs: number;
  /** count only the brand's open hours (true), or every hour of the week (false) */
  businessHoursOnly: boolean;
}

/** What a brand's contract says for one channel: the targets, and the brand's calendar that business time counts on. */
export interface SlaTerms {
  policy: SlaPolicy;
  calendar: BusinessCalendar;
}

export interface SlaDueTimes {
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
}

/**
 * The instant `targetMs` of counted time after `startAt`. In business time the count starts at the next opening
 * when `startAt` is outside hours, and a target that ends exactly at closing is due at closing. Null when the
 * target can never fall due: business time only, and a calendar without a single open hour.
 */
export function computeDueAt(startAt: Date, targetMs: number, policy: Pick<SlaPolicy, "businessHoursOnly">, calendar: BusinessCalendar): Date | null {
  if (!policy.businessHoursOnly) return new Date(startAt.getTime() + targetMs);
  let leftMs = Math.max(0, targetMs);
  for (const { opensAtMs, closesAtMs } of openIntervalsFrom(calendar, startAt.getTime())) {
    if (leftMs <= closesAtMs - opensAtMs) return new Date(opensAtMs + leftMs);
    leftMs -= closesAtMs - opensAtMs;
  }
  return null;
}

/** Both due times of a conversation that starts at `startAt` under the terms; none when the brand has no policy. */
export function computeSlaDueTimes(startAt: Date, terms: SlaTerms | null): SlaDueTimes {
  if (terms === null) return { firstResponseDueAt: null, resolutionDueAt: null };
  const { policy, calendar } = terms;
  return {
    firstResponseDueAt: computeDueAt(startAt, policy.firstResponseTargetMs, policy, calendar),
    resolutionDueAt: computeDueAt(startAt, policy.resolutionTargetMs, policy, calendar),
  };
}
