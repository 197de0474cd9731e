/**
 * How a client asks the server something over socket.io, for the console (request.ts) and the visitor widget
 * (widget/connection.ts) alike: an emit that waits for its acknowledgement up to a deadline. The answer is always an
 * Ack, so a timeout or a lost connection is a value (`timeout`, `disconnected`), never a throw.
 *
 * A transient failure (errorCodes.ts decides which) may be sent again after a back-off, with the very same payload:
 * an action keeps the clientId of its first attempt, so the server answers a repeat with its first result. Any
 * other refusal is returned at once. Retries happen only while the socket is up: what is still unsent after a
 * reconnect is for the caller to send again (the widget's outbox does, in order, after its catch-up).
 *
 * The widget's bundle includes this module: it imports no console module, no framework and no zod.
 */
import type { Ack } from "../../shared/contract/define.ts";
import { isTransient, type ErrorCode } from "../../shared/contract/errorCodes.ts";

type AckCallback = (err: Error | null, response: unknown) => void;

/** What the requester needs of a socket.io socket; the event maps are checked by the typed wrappers around it. */
export interface AckSocket {
  readonly connected: boolean;
  timeout(timeoutMs: number): unknown;
}

export interface SendOptions {
  /** How long to wait for each acknowledgement, in ms. */
  timeoutMs?: number;
  /** Extra attempts after transient failures; Infinity keeps trying as long as the socket is up. */
  retries?: number;
  /** Asked before each extra attempt: false ends the retries with the last failure (say, the message was removed). */
  stillWanted?: () => boolean;
}

/** What the person is told of the failures the requester makes itself, in the words of the console or the widget. */
export interface FailureMessages {
  offline: string;
  dropped: string;
  timeout: (timeoutMs: number) => string;
  unreadable: string;
}

export type Send = (event: string, payload: unknown, options?: SendOptions) => Promise<Ack<unknown>>;

/** How long an acknowledgement may take before the request counts as lost, unless a call says otherwise, in ms. */
export const DEFAULT_TIMEOUT_MS = 10_000;

const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/** Wait before the next attempt after `failures` failed ones, in ms: 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelayMs(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
}

/** socket.io fails pending acknowledgements with this message when the connection drops mid-request. */
const DROPPED = "socket has been disconnected";

export function failure(code: ErrorCode, message: string): { ok: false; error: { code: ErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}

export function isResult(value: unknown): value is Ack<unknown> {
  if (typeof value !== "object" || value === null || !("ok" in value)) return false;
  return value.ok === true ? "data" in value : value.ok === false && "error" in value;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSend(socket: AckSocket, messages: FailureMessages): Send {
  function emitOnce(event: string, payload: unknown, timeoutMs: number): Promise<Ack<unknown>> {
    if (!socket.connected) return Promise.resolve(failure("disconnected", messages.offline));
    return new Promise((resolve) => {
      // the event maps are typed per event; this is the one place a generic event name meets them
      const emitter = socket.timeout(timeoutMs) as { emit(event: string, payload: unknown, ack: AckCallback): void };
      emitter.emit(event, payload, (err, response) => {
        if (!err) return resolve(isResult(response) ? response : failure("internal", messages.unreadable));
        resolve(err.message === DROPPED ? failure("disconnected", messages.dropped) : failure("timeout", messages.timeout(timeoutMs)));
      });
    });
  }

  return async function send(event, payload, options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const retries = options.retries ?? 0;
    for (let failures = 1; ; failures++) {
      const result = await emitOnce(event, payload, timeoutMs);
      if (result.ok || !isTransient(result.error.code) || failures > retries || !socket.connected) return result;
      await sleep(retryDelayMs(failures));
      if (options.stillWanted && !options.stillWanted()) return result;
    }
  };
}
