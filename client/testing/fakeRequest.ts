/**
 * A request() that answers from handlers the test gives, records every call, and answers unknown events with
 * unknown_event, so a test states exactly which server events a command uses.
 */
import type { ErrorCode, RequestName, RequestOutput } from "../../shared/contract/index.ts";
import type { Result } from "../../shared/result.ts";
import type { RequestFn, RequestPayload } from "../realtime/request.ts";

export type FakeHandlers = {
  [E in RequestName]?: (payload: RequestPayload<E>) => Result<RequestOutput<E>> | Promise<Result<RequestOutput<E>>>;
};

export interface FakeRequest {
  request: RequestFn;
  calls: { event: RequestName; payload: Record<string, unknown> }[];
  callsOf(event: RequestName): Record<string, unknown>[];
}

export function fakeRequest(handlers: FakeHandlers): FakeRequest {
  const calls: FakeRequest["calls"] = [];
  const request = (async (event: RequestName, payload: Record<string, unknown>) => {
    calls.push({ event, payload });
    const handler = handlers[event] as ((payload: unknown) => Result<unknown> | Promise<Result<unknown>>) | undefined;
    if (!handler) return { ok: false, error: { code: "unknown_event", message: `no fake for ${event}` } };
    return handler(payload);
  }) as unknown as RequestFn;
  return { request, calls, callsOf: (event) => calls.filter((call) => call.event === event).map((call) => call.payload) };
}

export const ok = <T>(data: T) => ({ ok: true as const, data });
export const refused = (code: ErrorCode, message: string = code) => ({
  ok: false as const,
  error: { code, message },
});
