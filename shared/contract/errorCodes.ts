/**
 * Every refusal the server (or the client's requester, for timeouts and lost connections) can give, and which of
 * them are worth sending again. Kept free of zod so the visitor widget can import it; errors.ts builds the schema.
 * not_found also answers for data in a brand the caller cannot see, so that ids do not leak.
 */
export const ERROR_CODES = [
  "invalid_input",
  "payload_too_large",
  "unknown_event",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "unavailable",
  "internal",
  "timeout",
  "disconnected",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Failures that say nothing about the request itself, so the same request may succeed if sent again: no answer in
 * time, a dropped connection, a server restarting, or a server fault that changed nothing. A repeat is harmless
 * because an action goes again with its first clientId. Every other code is a refusal that a repeat would only get
 * again (invalid_input, forbidden, not_found, conflict…). rate_limited passes, but only by waiting: it is shown with
 * the server's words rather than retried, since retrying would keep the limiter full.
 */
export const TRANSIENT_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["timeout", "disconnected", "unavailable", "internal"]);

export function isTransient(code: ErrorCode): boolean {
  return TRANSIENT_ERROR_CODES.has(code);
}
