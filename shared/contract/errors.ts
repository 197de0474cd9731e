import { z } from "zod";
import { ERROR_CODES } from "./errorCodes.ts";

/** The codes, and which of them are transient, are listed in errorCodes.ts, which the widget can import without zod. */
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const RequestError = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type RequestError = z.infer<typeof RequestError>;

export const AckSchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion("ok", [z.object({ ok: z.literal(true), data }), z.object({ ok: z.literal(false), error: RequestError })]);
