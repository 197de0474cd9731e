/** Wall-clock times for a brand and the agent, so the agent knows whether it is morning where the customer is. */

export function formatClock(now: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit" }).format(now);
}

/** Minutes east of UTC in a time zone at a given instant (DST included). */
export function utcOffsetMinutes(timeZone: string, now: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(now)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = name?.match(/^GMT([+-])(\d{2}):(\d{2})$/);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** "3 h ahead of you", "5 h 30 min behind you", "Same time as you". */
export function describeTimeDifference(brandTimeZone: string, agentTimeZone: string, now: Date): string {
  const difference = utcOffsetMinutes(brandTimeZone, now) - utcOffsetMinutes(agentTimeZone, now);
  if (difference === 0) return "Same time as you";
  const total = Math.abs(difference);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const amount = [hours > 0 ? `${hours} h` : "", minutes > 0 ? `${minutes} min` : ""].filter(Boolean).join(" ");
  return `${amount} ${difference > 0 ? "ahead of" : "behind"} you`;
}

export function agentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
