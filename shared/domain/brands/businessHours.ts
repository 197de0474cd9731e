/**
 * A brand's opening hours: intervals per weekday as "HH:MM" in the brand's own time zone ("24:00" closes at
 * midnight). A day that is missing or empty is closed. Intervals do not cross midnight; a 24-hour day is
 * [["00:00", "24:00"]].
 */
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type BusinessHours = Partial<Record<Weekday, [string, string][]>>;

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The weekday and minute of the day at `at` on the wall clocks of the time zone. */
export function wallClock(at: Date, timeZone: string): { day: Weekday; minute: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const day = part("weekday").toLowerCase().slice(0, 3) as Weekday;
  return { day, minute: Number(part("hour")) * 60 + Number(part("minute")) };
}

export function isOpenAt(hours: BusinessHours, timeZone: string, at: Date): boolean {
  const { day, minute } = wallClock(at, timeZone);
  return (hours[day] ?? []).some(([from, to]) => minute >= minutesOf(from) && minute < minutesOf(to));
}
