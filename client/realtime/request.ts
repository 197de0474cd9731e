/**
 * The one way the console asks the server anything: an emit with an acknowledgement and a deadline.
 * The answer is always a Result, so a timeout or a lost connection is a value to handle, not a throw;
 * `requestOrThrow` adapts that to solid-query, which wants a rejected promise.
 *
 * Actions carry a clientId (UUIDv7) because the server applies a repeated id only once: anything that retries an
 * action must send the id of the first attempt. Callers that retry on their own attach it first with `withClientId`.
 */
import { v7 as uuidv7 } from "uuid";
import type { Socket } from "socket.io-client";
import type {
  ClientToServerEvents,
  ErrorCode,
  RequestError,
  RequestInput,
  RequestName,
  RequestOutput,
  Requests,
  ServerToClientEvents,
} from "../../shared/contract/index.ts";
import type { Result } from "../../shared/result.ts";
import { socket } from "./socket.ts";

export const DEFAULT_TIMEOUT_MS = 10_000;

type ActionName = { [E in RequestName]: Requests[E]["kind"] extends "action" ? E : never }[RequestName];

/**
 * The contract's actions, listed here rather than read from its `requests` map at run time: that map holds the
 * zod schemas, which would add some 26 kB gzip (three quarters) to the first load. `satisfies` keeps the list
 * exact: a missing or extra event is a compile error.
 */
export const ACTION_EVENTS = {
  "timeline:append": true,
  "user:setDisabled": true,
  "membership:set": true,
  "conversation:assign": true,
  "conversation:setStatus": true,
  "conversation:setPriority": true,
  "conversation:setTags": true,
  "conversation:markRead": true,
  "agent:setStatus": true,
  "agent:setCapacity": true,
  "conversation:transfer": true,
} as const satisfies Record<ActionName, true>;

function isAction(event: RequestName): event is ActionName {
  return Object.hasOwn(ACTION_EVENTS, event);
}

/** What request() needs of a socket; the real one is made in socket.ts, tests pass a fake. */
export type RequestSocket = Pick<Socket<ServerToClientEvents, ClientToServerEvents>, "connected" | "timeout">;

/** An action's payload may leave the clientId out: request() makes one. */
export type RequestPayload<E extends RequestName> =
  RequestInput<E> extends { clientId: unknown } ? Omit<RequestInput<E>, "clientId"> & { clientId?: string } : RequestInput<E>;

export interface RequestOptions {
  /** How long to wait for the acknowledgement, in ms. */
  timeoutMs?: number;
  /** Extra attempts after a timeout, with the same payload (and so the same clientId). */
  retries?: number;
}

export class RequestFailed extends Error {
  readonly code: ErrorCode;
  readonly issues: RequestError["issues"];

  constructor(error: RequestError) {
    super(error.message);
    this.name = "RequestFailed";
    this.code = error.code;
    this.issues = error.issues;
  }
}

export function withClientId<T extends object>(payload: T): T & { clientId: string } {
  if ("clientId" in payload && typeof payload.clientId === "string") return payload as T & { clientId: string };
  return { ...payload, clientId: uuidv7() };
}

export function failure(code: ErrorCode, message: string): { ok: false; error: RequestError } {
  return { ok: false, error: { code, message } };
}

export function createRequester(socket: RequestSocket) {
  function emitOnce(event: RequestName, payload: unknown, timeoutMs: number): Promise<Result<unknown>> {
    if (!socket.connected) {
      return Promise.resolve(failure("disconnected", "Not connected to Switchboard, so nothing was sent."));
    }
    return new Promise((resolve) => {
      // The event maps are typed per event; this is the one place a generic event name meets them.
      const emitter = socket.timeout(timeoutMs) as unknown as {
        emit(event: string, payload: unknown, ack: (err: Error | null, response: unknown) => void): void;
      };
      emitter.emit(event, payload, (err, response) => {
        if (err) {
          // socket.io fails pending acks with this message when the connection drops mid-request
          const dropped = err.message === "socket has been disconnected";
          resolve(
            dropped
              ? failure("disconnected", "The connection dropped before Switchboard answered.")
              : failure("timeout", `Switchboard did not answer within ${Math.round(timeoutMs / 1000)} s.`),
          );
          return;
        }
        resolve(isResult(response) ? response : failure("internal", "Switchboard sent an answer the console cannot read."));
      });
    });
  }

  async function request<E extends RequestName>(
    event: E,
    payload: RequestPayload<E>,
    options: RequestOptions = {},
  ): Promise<Result<RequestOutput<E>>> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const body = isAction(event) ? withClientId(payload as object) : payload;
    for (let attempt = 0; ; attempt++) {
      const result = await emitOnce(event, body, timeoutMs);
      if (result.ok || result.error.code !== "timeout" || attempt >= (options.retries ?? 0)) {
        return result as Result<RequestOutput<E>>;
      }
    }
  }

  async function requestOrThrow<E extends RequestName>(
    event: E,
    payload: RequestPayload<E>,
    options?: RequestOptions,
  ): Promise<RequestOutput<E>> {
    const result = await request(event, payload, options);
    if (!result.ok) throw new RequestFailed(result.error);
    return result.data;
  }

  return { request, requestOrThrow };
}

/** request() as a value, so that stores and commands can be handed a fake one in tests. */
export type RequestFn = ReturnType<typeof createRequester>["request"];

/** Bound to the console's one socket; everything outside realtime/ uses these two. */
export const { request, requestOrThrow } = createRequester(socket);

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== "object" || value === null || !("ok" in value)) return false;
  return value.ok === true ? "data" in value : value.ok === false && "error" in value;
}
