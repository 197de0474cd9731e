/**
 * The widget's socket to the server that served its script, and its typed request(), sent through the requester it
 * shares with the console (client/realtime/requester.ts): the answer is always an Ack, so a timeout or a dropped
 * connection is a value, never a throw. socket.io reconnects by itself; the token is read at every handshake, so one
 * saved by chat:start goes along.
 */
import { io, type Socket } from "socket.io-client";
import type { Ack } from "../../shared/contract/define.ts";
import type {
  WidgetClientToServerEvents,
  WidgetHandshake,
  WidgetRequestInput,
  WidgetRequestName,
  WidgetRequestOutput,
  WidgetServerToClientEvents,
} from "../../shared/contract/widget.ts";
import { createSend, type SendOptions } from "../realtime/requester.ts";

export type WidgetSocket = Socket<WidgetServerToClientEvents, WidgetClientToServerEvents>;

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

export function createWidgetRequest(socket: WidgetSocket) {
  const send = createSend(socket, {
    offline: "You're offline. We'll send it when you're back.",
    dropped: "The connection dropped.",
    timeout: () => "The server did not answer in time.",
    unreadable: "Something went wrong.",
  });
  return function request<E extends WidgetRequestName>(event: E, payload: WidgetRequestInput<E>, options?: SendOptions) {
    return send(event, payload, options) as Promise<Ack<WidgetRequestOutput<E>>>;
  };
}
