/**
 * The transport around every console event: parse → access → run → commit → ack → broadcast.
 * Nothing reaches a handler unvalidated, and nothing is acknowledged or broadcast before its commit.
 */
import { v7 as uuidv7 } from "uuid";
import { isRequestName, requests, type Ack, type RequestName } from "../../shared/contract/index.ts";
import { commitAction } from "../actions/commitAction.ts";
import { RequestFailure } from "../handlers/failure.ts";
import type { Handler, HandlerTable } from "../handlers/defineHandlers.ts";
import type { AppServices, ConsoleSocket, HandlerContext } from "../handlers/context.ts";
import type { InFlight } from "./inFlight.ts";

export interface SessionGuard {
  /** Re-checks the socket's session when it was last checked long ago; false means it is over. */
  stillValid(socket: ConsoleSocket): Promise<boolean>;
}

export function bindHandlers(socket: ConsoleSocket, services: AppServices, table: HandlerTable, guard: SessionGuard, inFlight: InFlight): void {
  socket.onAny((event: string, ...args: unknown[]) => {
    if (isRequestName(event)) return;
    const ack = args.at(-1);
    if (typeof ack === "function") ack(refusal(new RequestFailure("unknown_event", `There is no event named "${event.slice(0, 80)}".`)));
  });

  for (const name of Object.keys(requests) as RequestName[]) {
    const handler = table[name] as Handler<RequestName> | undefined;
    if (!handler) continue;
    socket.on(name, (payload: unknown, ack: unknown) => {
      if (typeof ack !== "function") {
        services.log.warn({ event: name, userId: socket.data.userId }, "request without acknowledgement callback ignored");
        return;
      }
      if (!inFlight.accepting) {
        ack(refusal(new RequestFailure("unavailable", "The server is restarting. Try again in a moment.")));
        return;
      }
      inFlight.track(handle(name, handler, payload, socket, services, guard).then((response) => ack(response)));
    });
  }
}

async function handle(
  name: RequestName,
  handler: Handler<RequestName>,
  payload: unknown,
  socket: ConsoleSocket,
  services: AppServices,
  guard: SessionGuard,
): Promise<Ack<unknown>> {
  const spec = requests[name];
  const eventId = uuidv7();
  const log = services.log.child({ eventId, event: name, userId: socket.data.userId });
  const started = performance.now();
  try {
    const size = payloadBytes(payload);
    if (size > spec.maxBytes) throw new RequestFailure("payload_too_large", `The payload is ${size} bytes; the limit for ${name} is ${spec.maxBytes}.`);
    const parsed = spec.input.safeParse(payload);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      throw new RequestFailure("invalid_input", `Invalid ${name} payload.`, issues);
    }
    if (!(await guard.stillValid(socket))) throw new RequestFailure("unauthenticated", "Your session has ended. Sign in again.");
    const ctx: HandlerContext = { ...services, log, userId: socket.data.userId, sessionId: socket.data.sessionId, socket, ip: socket.data.ip };
    const input = parsed.data as never;
    const access = await handler.authorize(ctx, input);
    let output: unknown;
    let fresh = true;
    if (spec.kind === "action") {
      const clientId = (parsed.data as { clientId: string }).clientId;
      const committed = await commitAction(services.db, { clientId, userId: ctx.userId, event: name, at: services.clock.now() }, (tx) =>
        handler.run(ctx, input, tx, access),
      );
      output = committed.result;
      fresh = !committed.replayed;
    } else {
      output = await handler.run(ctx, input, services.db, access);
    }
    if (fresh) {
      for (const b of handler.broadcast?.(output as never, ctx, input) ?? []) socket.to(b.room).emit(b.event, b.payload as never);
      await handler.afterCommit?.(output as never, ctx, input);
    }
    log[spec.kind === "action" ? "info" : "debug"]({ ms: round(performance.now() - started), replayed: !fresh }, "request done");
    return { ok: true, data: output };
  } catch (error) {
    if (error instanceof RequestFailure) {
      log.info({ ms: round(performance.now() - started), code: error.code }, "request refused");
      return refusal(error);
    }
    log.error({ err: error }, "request failed");
    return refusal(new RequestFailure("internal", "Something went wrong on the server. Nothing was changed; try again."));
  }
}

function refusal(failure: RequestFailure): Ack<never> {
  return { ok: false, error: failure.toError() };
}

function payloadBytes(payload: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? "");
  } catch {
    // cyclic or BigInt values cannot come from a socket.io decode; count them as too large rather than crash
    return Number.POSITIVE_INFINITY;
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;
