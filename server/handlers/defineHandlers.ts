import type { ParsedInput, PushName, PushPayload, RequestName, RequestOutput } from "../../shared/contract/index.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "./context.ts";

export interface Broadcast {
  room: string;
  event: PushName;
  payload: unknown;
}

/** A typed push to a room; rooms come from rooms.ts. */
export function push<E extends PushName>(room: string, event: E, payload: PushPayload<E>): Broadcast {
  return { room, event, payload };
}

/**
 * One socket event's server side: authorize (throws RequestFailure, reads current access), run (inside the
 * action's transaction for actions), then broadcast and afterCommit once the commit is done.
 * run reads and writes through its db argument only: on the embedded database a query on ctx.db waits for the
 * open transaction to end, which never comes.
 */
export interface Handler<E extends RequestName, A = unknown> {
  authorize(ctx: HandlerContext, input: ParsedInput<E>): Promise<A>;
  run(ctx: HandlerContext, input: ParsedInput<E>, db: Queryable, access: A): Promise<RequestOutput<E>>;
  broadcast?(output: RequestOutput<E>, ctx: HandlerContext, input: ParsedInput<E>): Broadcast[];
  afterCommit?(output: RequestOutput<E>, ctx: HandlerContext, input: ParsedInput<E>): Promise<void>;
}

export type HandlerTable = { [E in RequestName]?: Handler<E, any> };

export function defineHandlers<T extends HandlerTable>(table: T): T {
  return table;
}
