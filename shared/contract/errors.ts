import { z } from "zod";

/**
 * Every refusal the server (or the client helper, for timeouts and lost connections) can give.
 * not_found also answers for data in a brand the caller cannot see, so that ids do not leak.
 */
export const ErrorCode = z.enum([
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
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const RequestError = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type RequestError = z.infer<typeof RequestError>;

export const AckSchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion("ok", [z.object({ ok: z.literal(true), data }), z.object({ ok: z.literal(false), error: RequestError })]);
