/**
 * The one place every request's text passes through before a handler sees it: each string anywhere in a parsed
 * payload has its card numbers masked (cardNumbers.ts), so no field (a name, a tag, a transfer note, a rating
 * comment) can store one in clear, whether or not anybody remembered that field. A whole UUID is left alone: one
 * whose first three groups happen to be decimal digits reads as a 16-digit number, and a tenth of those pass Luhn.
 */
import { maskCardNumbers } from "./cardNumbers.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function maskCardNumbersIn<T>(value: T): T {
  if (typeof value === "string") return (UUID.test(value) ? value : maskCardNumbers(value)) as T;
  if (Array.isArray(value)) return value.map((v) => maskCardNumbersIn(v)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = maskCardNumbersIn(v);
    return out as T;
  }
  return value;
}
