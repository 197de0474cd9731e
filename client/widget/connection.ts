/**
 * The widget's socket to the server that served its script, and request(): an emit with an acknowledgement and a
 * deadline whose answer is always an Ack, so a timeout or a dropped connection is a value, never a throw.
 * socket.io reconnects by itself; the token is read at every handshake, so one saved by chat:start goes along.
 */
import { io, type Socket } from "socket.io-client";
import type { Ack } from "../../shared/contract/define.ts";
import type { ErrorCode } from "../../shared/contract/errors.ts";
import type {
  WidgetClientToServerEvents,
  WidgetHandshake,
  WidgetRequestInput,
  WidgetRequestName,
  WidgetRequestOutput,
  WidgetServerToClientEvents,
} from "../../shared/contract/widget.ts";

export type WidgetSocket = Socket<WidgetServerToClientEvents, WidgetClientToServerEvents>;

/** How long an acknowledgement may take before the request counts as lost, in ms. */
export const ACK_TIMEOUT_MS = 8_000;

/** Kept in step with WIDGET_NAMESPACE in shared/contract/widget.ts, which cannot be imported: it brings zod. */
const NAMESPACE = "/widget";

export function openWidgetSocket(origin: string, handshake: () => WidgetHandshake): WidgetSocket {
  return io(origin + NAMESPACE, {
    path: "/socket.io",
    transports: ["websocket"],
    autoConnect: false,
    auth: (send) => send(handshake()),
  });
}

function failure(code: ErrorCode, message: string): { ok: false; error: { code: ErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}

export function request<E extends WidgetRequestName>(
  socket: WidgetSocket,
  event: E,
  payload: WidgetRequestInput<E>,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<Ack<WidgetRequestOutput<E>>> {
  if (!socket.connected) return Promise.resolve(failure("disconnected", "You're offline. We'll send it when you're back."));
  return new Promise((resolve) => {
    // the event map is typed per event; this is the one place a generic event name meets it
    const emitter = socket.timeout(timeoutMs) as unknown as {
      emit(event: string, payload: unknown, ack: (err: Error | null, response: Ack<WidgetRequestOutput<E>>) => void): void;
    };
    emitter.emit(event, payload, (err, response) => {
      if (!err) return resolve(isAck(response) ? response : failure("internal", "Something went wrong."));
      // socket.io fails pending acks with this message when the connection drops mid-request
      const dropped = err.message === "socket has been disconnected";
      resolve(dropped ? failure("disconnected", "The connection dropped.") : failure("timeout", "The server did not answer in time."));
    });
  });
}

function isAck(value: unknown): value is Ack<never> {
  if (typeof value !== "object" || value === null || !("ok" in value)) return false;
  return value.ok === true ? "data" in value : value.ok === false && "error" in value;
}
