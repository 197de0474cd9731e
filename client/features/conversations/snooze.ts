/**
 * Snooze presets in the agent's own time: in an hour, tomorrow at 9:00, next Monday at 9:00. "9:00" is wall-clock
 * time in the agent's zone, which on a day the clocks change is not 24 hours after today's 9:00.
 */
import { utcOffsetMinutes } from "../brands/clock.ts";

export interface SnoozePreset {
  key: "hour" | "tomorrow" | "monday";
  label: string;
  until: Date;
}

const HOUR_MS = 3_600_000;
const MORNING_HOUR = 9;

/** The instant when the wall clock in timeZone shows the given local date and time. */
export function zonedInstant(timeZone: string, year: number, month: number, day: number, hour: number, minute = 0): Date {
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // the offset at the guess can differ from the offset at the answer across a change of clocks; a second pass settles it
  let instant = asIfUtc - utcOffsetMinutes(timeZone, new Date(asIfUtc)) * 60_000;
  instant = asIfUtc - utcOffsetMinutes(timeZone, new Date(instant)) * 60_000;
  return new Date(instant);
}

/** The local calendar date in timeZone at an instant, and its weekday (0 = Sunday). */
function localDate(timeZone: string, at: Date): { year: number; month: number; day: number; weekday: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", weekday: "short" }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(part("weekday"));
  return { year: Number(part("year")), month: Number(part("month")), day: Number(part("day")), weekday };
}

/** A local date plus some days, as a calendar date (UTC arithmetic on dates has no clock changes). */
function addDays(date: { year: number; month: number; day: number }, days: number) {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function snoozePresets(now: Date, timeZone: string): SnoozePreset[] {
  const today = localDate(timeZone, now);
  const tomorrow = addDays(today, 1);
  // next Monday is never today: on a Monday it is a week away
  const monday = addDays(today, ((8 - today.weekday) % 7) || 7);
  const at9 = (date: { year: number; month: number; day: number }) => zonedInstant(timeZone, date.year, date.month, date.day, MORNING_HOUR);
  return [
    { key: "hour", label: "In 1 hour", until: new Date(now.getTime() + HOUR_MS) },
    { key: "tomorrow", label: "Tomorrow, 9:00", until: at9(tomorrow) },
    { key: "monday", label: "Next Monday, 9:00", until: at9(monday) },
  ];
}
