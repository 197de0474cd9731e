/**
 * The shape of the event contract. A request is a client→server event answered by an acknowledgement;
 * a push is a server→client event. Queries read; actions change state and carry a clientId so a repeat is harmless.
 */
import { z } from "zod";
import { ClientId } from "../schemas/ids.ts";
import type { RequestError } from "./errors.ts";

export interface RequestSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly kind: "query" | "action";
  readonly input: I;
  readonly output: O;
  /** Largest accepted payload in bytes of JSON; larger ones are refused with payload_too_large. */
  readonly maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 64 * 1024;

export function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, maxBytes = DEFAULT_MAX_BYTES) {
  return { kind: "query", input, output, maxBytes } as const satisfies RequestSpec;
}

/** An action's input must carry the client-made UUIDv7 that makes its replay harmless. */
export function action<I extends z.ZodObject<{ clientId: typeof ClientId }>, O extends z.ZodType>(
  input: I,
  output: O,
  maxBytes = DEFAULT_MAX_BYTES,
) {
  return { kind: "action", input, output, maxBytes } as const satisfies RequestSpec;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: RequestError };
