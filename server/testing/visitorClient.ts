/** A real socket.io client on the widget namespace, as the visitor widget connects. */
import { io as connectSocket, type Socket } from "socket.io-client";
import type { Ack } from "../../shared/contract/define.ts";
import {
  WIDGET_NAMESPACE,
  type WidgetClientToServerEvents,
  type WidgetPushName,
  type WidgetPushPayload,
  type WidgetRequestName,
  type WidgetRequestOutput,
  type WidgetServerToClientEvents,
} from "../../shared/contract/widget.ts";

export type VisitorTestSocket = Socket<WidgetServerToClientEvents, WidgetClientToServerEvents>;

export function connectVisitor(url: string, widgetKey: string, options: { visitorToken?: string; origin?: string } = {}): Promise<VisitorTestSocket> {
  const socket: VisitorTestSocket = connectSocket(`${url}${WIDGET_NAMESPACE}`, {
    transports: ["websocket"],
    auth: { widgetKey, ...(options.visitorToken ? { visitorToken: options.visitorToken } : {}) },
    extraHeaders: options.origin ? { origin: options.origin } : {},
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.disconnect();
      reject(error);
    });
  });
}

export function visitorRequest<E extends WidgetRequestName>(socket: VisitorTestSocket, event: E, payload: unknown): Promise<Ack<WidgetRequestOutput<E>>> {
  return (socket.timeout(10_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<WidgetRequestOutput<E>>> }).emitWithAck(event, payload);
}

/** The next push of an event that matches, or a rejection after the timeout. */
export function nextVisitorPush<E extends WidgetPushName>(
  socket: VisitorTestSocket,
  event: E,
  matches: (payload: WidgetPushPayload<E>) => boolean = () => true,
  timeoutMs = 3_000,
): Promise<WidgetPushPayload<E>> {
  return new Promise((resolve, reject) => {
    const untyped = socket as unknown as { on(e: string, l: (p: never) => void): void; off(e: string, l: (p: never) => void): void };
    const listener = (payload: WidgetPushPayload<E>) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      untyped.off(event, listener);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      untyped.off(event, listener);
      reject(new Error(`no matching ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    untyped.on(event, listener);
  });
}
