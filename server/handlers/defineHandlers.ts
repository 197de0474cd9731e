/**
 * The shape of one socket event's server side, for either catalog (the console's in shared/contract/index.ts, the
 * widget's in shared/contract/widget.ts). The transport (server/realtime/requestPipeline.ts) runs every handler
 * the same way: authorize, run (inside the action's transaction for actions), acknowledge with reply(result), then
 * announce(result) and, for a first commit only, afterCommit(result).
 */
import type { ParsedInput, PushName, PushPayload, RequestName, RequestOutput } from "../../shared/contract/index.ts";
import type { WidgetPushName, WidgetPushPayload, WidgetRequestName, WidgetRequestOutput, WidgetRequests } from "../../shared/contract/widget.ts";
import type { z } from "zod";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "./context.ts";

/**
 * A push derived from a committed result. The pipeline emits it after the acknowledgement, for a first commit and
 * for a repeat of the same clientId alike, so a repeat announces again what a lost announcement did not: pushes are
 * idempotent for clients (they keep the highest seq and version).
 */
export type Announcement =
  | { namespace: "console"; room: string; event: PushName; payload: unknown; exceptCaller: boolean }
  | { namespace: "widget"; room: string; event: WidgetPushName; payload: unknown; exceptCaller: boolean };

/** A push to a console room; with exceptCaller the caller's own socket is left out (its acknowledgement says it). */
export function push<E extends PushName>(room: string, event: E, payload: PushPayload<E>, options: { exceptCaller?: boolean } = {}): Announcement {
  return { namespace: "console", room, event, payload, exceptCaller: options.exceptCaller ?? false };
}

/** A push to a room of the widget namespace (a visitor's tabs of one chat). */
export function pushToVisitor<E extends WidgetPushName>(room: string, event: E, payload: WidgetPushPayload<E>, options: { exceptCaller?: boolean } = {}): Announcement {
  return { namespace: "widget", room, event, payload, exceptCaller: options.exceptCaller ?? false };
}

/**
 * run reads and writes through its db argument only: on the embedded database a query on ctx.db waits for the
 * open transaction to end, which never comes. run may return more than the acknowledgement carries (the item a
 * change recorded, say): reply picks the acknowledgement's data, announce and afterCommit get all of it.
 */
export interface Handler<Ctx, I, O, A = unknown, R = O> {
  /** Throws RequestFailure; reads current access. What it returns reaches run. */
  authorize(ctx: Ctx, input: I): Promise<A>;
  run(ctx: Ctx, input: I, db: Queryable, access: A): Promise<R>;
  /**
   * For an action whose run commits by itself (group commit) rather than inside the pipeline's action
   * transaction; it must then make a repeat of its clientId harmless on its own.
   */
  commitsItself?: true;
  /**
   * What the caller's own socket becomes once the commit is done (a new chat binds the visitor's socket to it):
   * before the acknowledgement, so the caller's next request finds it, and on a repeat too.
   */
  bindCaller?(result: R, ctx: Ctx): Promise<void>;
  reply?(result: R): O;
  /** Pushes derived from the result alone: no query. */
  announce?(result: R, ctx: Ctx, input: I): Announcement[];
  /** Work that follows a first commit (routing, notifications, queue counts); never on a repeat. */
  afterCommit?(result: R, ctx: Ctx, input: I): Promise<void>;
}

export type ConsoleHandler<E extends RequestName, A = unknown, R = RequestOutput<E>> = Handler<HandlerContext, ParsedInput<E>, RequestOutput<E>, A, R>;
export type HandlerTable = { [E in RequestName]?: ConsoleHandler<E, any> };

/**
 * A table entry whose run returns more than the acknowledgement carries: typed here against its own result, so
 * reply, announce and afterCommit are checked, then stored in the table like any other.
 */
export function withResult<Ctx, I, O, A, R>(handler: Handler<Ctx, I, O, A, R> & { reply(result: R): O }): Handler<Ctx, I, O, A, any> {
  return handler;
}

export function defineHandlers<T extends HandlerTable>(table: T): T {
  return table;
}

export type WidgetInput<E extends WidgetRequestName> = z.output<WidgetRequests[E]["input"]>;
export type WidgetHandler<Ctx, E extends WidgetRequestName, A = unknown, R = WidgetRequestOutput<E>> = Handler<Ctx, WidgetInput<E>, WidgetRequestOutput<E>, A, R>;

/** Anyone who reached the namespace may: the widget's handshake already bound the brand and the visitor's chat. */
export const anyone = async (): Promise<undefined> => undefined;
