import { describe, expect, it } from "vitest";
import { ERROR_CODES, isTransient, type ErrorCode } from "./errorCodes.ts";

const TRANSIENT_OR_NOT: Record<ErrorCode, boolean> = {
  invalid_input: false,
  payload_too_large: false,
  unknown_event: false,
  unauthenticated: false,
  forbidden: false,
  not_found: false,
  conflict: false,
  rate_limited: false,
  unavailable: true,
  internal: true,
  timeout: true,
  disconnected: true,
};

describe("isTransient", () => {
  it.each(ERROR_CODES.map((code) => [code, TRANSIENT_OR_NOT[code]] as const))("%s → %s", (code, transient) => {
    expect(isTransient(code)).toBe(transient);
  });
});
