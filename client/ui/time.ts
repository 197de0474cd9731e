/**
 * Times as agents read them. Ages are short ("4m", "3h") for list rows; timestamps are in the agent's zone unless
 * a zone is given (a brand's, a customer's), because a BPO agent often serves people on other continents.
 */

/** "now", "4m", "3h", "2d", "5w": how long ago, one unit, rounded down. */
export function formatAge(iso: string, now: Date): string {
  const seconds = Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 1000));
  if (seconds < 60) return "now";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.floor(hours / 24);
  return days < 14 ? `${days}d` : `${Math.floor(days / 7)}w`;
}

/** The age in words for screen readers and tooltips: "4 minutes ago". */
export function describeAge(iso: string, now: Date): string {
  const span = describeSpan(iso, now);
  return span === null ? "just now" : `${span} ago`;
}

/** How long since, in words and the same one unit as formatAge: "4 minutes"; null under a minute. */
export function describeSpan(iso: string, now: Date): string | null {
  const short = formatAge(iso, now);
  if (short === "now") return null;
  const units: Record<string, [string, string]> = { m: ["minute", "minutes"], h: ["hour", "hours"], d: ["day", "days"], w: ["week", "weeks"] };
  const count = Number(short.slice(0, -1));
  const [one, many] = units[short.slice(-1)] ?? ["", ""];
  return `${count} ${count === 1 ? one : many}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per shape and zone: making one costs more than formatting with it, and a list row formats several. */
function formatterFor(shape: "dateTime" | "timeOfDay", timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${shape} ${timeZone ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const fields: Intl.DateTimeFormatOptions =
      shape === "dateTime" ? { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" } : { hour: "2-digit", minute: "2-digit" };
    formatter = new Intl.DateTimeFormat(undefined, { timeZone, ...fields });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "Mon 2 Mar, 14:05" in the given zone (the agent's when absent). */
export function formatDateTime(iso: string | Date, timeZone?: string): string {
  return formatterFor("dateTime", timeZone).format(typeof iso === "string" ? new Date(iso) : iso);
}

/** "14:05" in the given zone. */
export function formatTimeOfDay(iso: string | Date, timeZone?: string): string {
  return formatterFor("timeOfDay", timeZone).format(typeof iso === "string" ? new Date(iso) : iso);
}

/** "Europe/London" → "London": enough to recognise a zone beside a time. */
export function zoneCity(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replaceAll("_", " ");
}
