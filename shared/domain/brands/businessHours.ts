/**
 * A brand's opening hours: intervals per weekday as "HH:MM" on the wall clocks of the brand's own time zone ("24:00"
 * closes at midnight), and holidays on which it stays closed all day. A day that is missing or empty is closed.
 * Intervals do not cross midnight; a 24-hour day is [["00:00", "24:00"]].
 *
 * Wall-clock times become instants through luxon, which knows each zone's daylight-saving changes: a day of
 * 00:00–24:00 lasts 23 hours when the clocks go forward and 25 when they go back, and an opening time that the
 * change skips (02:30 on the night New York's clocks go from 02:00 to 03:00) opens as far into the new hour (03:30). A time the change repeats is
 * taken once, at whichever of its two instants luxon picks: it does not promise which.
 */
import { DateTime } from "luxon";

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type BusinessHours = Partial<Record<Weekday, [string, string][]>>;

export interface BusinessCalendar {
  /** IANA name, e.g. "Europe/London" */
  timeZone: string;
  businessHours: BusinessHours;
  /** days closed whatever the weekday says, as "YYYY-MM-DD" dates in the brand's time zone */
  holidays: readonly string[];
}

/** An open stretch of time, [opensAt, closesAt), as instants in ms since the epoch. */
export interface OpenInterval {
  opensAtMs: number;
  closesAtMs: number;
}

const DAYS_IN_WEEK = 7;

const hourAndMinute = (hhmm: string) => {
  const [hour, minute] = hhmm.split(":").map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
};

/** The instant a wall-clock time happens on a local day; "24:00" is the next day's midnight. */
function instantOn(day: DateTime, hhmm: string): number {
  const { hour, minute } = hourAndMinute(hhmm);
  // plus({ days }) is calendar arithmetic in luxon: it keeps the wall-clock time across a daylight-saving change
  const at = hour === 24 ? day.plus({ days: 1 }) : day.set({ hour, minute, second: 0, millisecond: 0 });
  return at.toMillis();
}

function weekdayOf(day: DateTime): Weekday {
  // luxon counts weekdays from Monday = 1 to Sunday = 7
  return WEEKDAYS[day.weekday % DAYS_IN_WEEK] as Weekday;
}

/** The open intervals of one local day, in order; none on a holiday. */
function openIntervalsOfDay(calendar: BusinessCalendar, day: DateTime): OpenInterval[] {
  if (calendar.holidays.includes(day.toISODate() ?? "")) return [];
  return (calendar.businessHours[weekdayOf(day)] ?? [])
    .map(([from, to]) => ({ opensAtMs: instantOn(day, from), closesAtMs: instantOn(day, to) }))
    .filter((interval) => interval.closesAtMs > interval.opensAtMs)
    .sort((a, b) => a.opensAtMs - b.opensAtMs);
}

/** Whether any weekday has opening hours; a calendar without any is never open, whatever its holidays. */
export function hasOpeningHours(hours: BusinessHours): boolean {
  return WEEKDAYS.some((day) => (hours[day] ?? []).some(([from, to]) => from < to));
}

/** The local day around an instant; a time zone that the runtime does not know is a data error, said loudly. */
function dayAround(atMs: number, timeZone: string): DateTime {
  const local = DateTime.fromMillis(atMs, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`unknown time zone ${JSON.stringify(timeZone)}: ${local.invalidExplanation ?? local.invalidReason}`);
  return local.startOf("day");
}

/**
 * The calendar's open intervals from `fromMs` on, in order, the first clipped to start at `fromMs`. Endless while
 * the calendar has opening hours (holidays are finite), so the caller stops when it has what it needs.
 */
export function* openIntervalsFrom(calendar: BusinessCalendar, fromMs: number): Generator<OpenInterval> {
  if (!hasOpeningHours(calendar.businessHours)) return;
  for (let day = dayAround(fromMs, calendar.timeZone); ; day = day.plus({ days: 1 })) {
    for (const interval of openIntervalsOfDay(calendar, day)) {
      if (interval.closesAtMs <= fromMs) continue;
      yield { opensAtMs: Math.max(interval.opensAtMs, fromMs), closesAtMs: interval.closesAtMs };
    }
  }
}

export function isOpenAt(calendar: BusinessCalendar, at: Date): boolean {
  const atMs = at.getTime();
  return openIntervalsOfDay(calendar, dayAround(atMs, calendar.timeZone)).some((interval) => atMs >= interval.opensAtMs && atMs < interval.closesAtMs);
}
