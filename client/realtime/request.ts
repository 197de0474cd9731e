/**
 * The one way the console asks the server anything: a typed request through the requester the widget shares
 * (requester.ts), whose answer is always a Result, so a timeout or a lost connection is a value to handle, not a
 * throw; `requestOrThrow` adapts that to solid-query, which wants a rejected promise.
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
import { createSend, type SendOptions } from "./requester.ts";
import { socket } from "./socket.ts";

export { failure, isResult } from "./requester.ts";

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

/** How long to wait for the acknowledgement (`timeoutMs`), and how many extra attempts after transient failures. */
export type RequestOptions = Pick<SendOptions, "timeoutMs" | "retries">;

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

export function createRequester(socket: RequestSocket) {
  const send = createSend(socket, {
    offline: "Not connected to Switchboard, so nothing was sent.",
    dropped: "The connection dropped before Switchboard answered.",
    timeout: (timeoutMs) => `Switchboard did not answer within ${Math.round(timeoutMs / 1000)} s.`,
    unreadable: "Switchboard sent an answer the console cannot read.",
  });

  async function request<E extends RequestName>(
    event: E,
    payload: RequestPayload<E>,
    options: RequestOptions = {},
  ): Promise<Result<RequestOutput<E>>> {
    const body = isAction(event) ? withClientId(payload as object) : payload;
    return (await send(event, body, options)) as Result<RequestOutput<E>>;
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
