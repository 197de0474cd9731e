/**
 * The one path of every socket request, for any catalog: size → parse → mask card numbers → admit → authorize →
 * run (and commit) → acknowledge → announce → follow-up work. The console and the widget namespaces differ only in
 * how their sockets authenticated (their handshakes), what admit checks, which catalog and handler table they bind,
 * and the words of their refusals.
 *
 * Once an action has committed it is acknowledged as done: what follows (announcements, routing, notifications)
 * is derived from the committed result, runs after the acknowledgement, and a failure there is logged, never
 * reported as a failed action. A repeat of a clientId is answered with the first result and announced again.
 */
import type { Socket } from "socket.io";
import { v7 as uuidv7 } from "uuid";
import type { Ack, RequestSpec } from "../../shared/contract/define.ts";
import { maskCardNumbersIn } from "../../shared/domain/redaction/freeText.ts";
import { commitAction } from "../actions/commitAction.ts";
import type { Clock } from "../app/clock.ts";
import type { Logger } from "../app/logger.ts";
import type { Database } from "../db/client.ts";
import type { Announcement, Handler } from "../handlers/defineHandlers.ts";
import { RequestFailure } from "../handlers/failure.ts";
import type { InFlight } from "./inFlight.ts";

type Issues = { path: string; message: string }[];

export interface RequestBinding<Ctx> {
  catalog: Readonly<Record<string, RequestSpec>>;
  handlers: Readonly<Record<string, Handler<Ctx, any, any, any, any> | undefined>>;
  db: Database;
  clock: Clock;
  log: Logger;
  inFlight: InFlight;
  /** who is asking, on every log line of this socket's requests */
  logFields: Record<string, unknown>;
  /** the user an action is recorded under (null for visitors) */
  actorId: string | null;
  /** the namespace's own check before anything runs (a console session still valid); throws RequestFailure */
  admit?(): Promise<void>;
  /** the handler's context; log makes the request's child logger on first use, as most requests log nothing */
  context(log: () => Logger): Ctx;
  emit(announcement: Announcement): void;
  /** "info" for the console's actions, which the audit of a shift reads; the widget's chat traffic logs at debug */
  doneLevel(kind: RequestSpec["kind"]): "info" | "debug";
  words: {
    invalidInput(name: string, issues: Issues): string;
    tooLarge(name: string, size: number, limit: number): string;
    unavailable: string;
    internal: string;
  };
}

export function bindRequests<Ctx>(socket: Socket, binding: RequestBinding<Ctx>): void {
  socket.onAny((event: string, ...args: unknown[]) => {
    if (Object.hasOwn(binding.catalog, event)) return;
    const ack = args.at(-1);
    if (typeof ack === "function") ack(refusal(new RequestFailure("unknown_event", `There is no event named "${event.slice(0, 80)}".`)));
  });

  for (const name of Object.keys(binding.catalog)) {
    const handler = binding.handlers[name];
    if (!handler) continue;
    socket.on(name, (payload: unknown, ack: unknown) => {
      if (typeof ack !== "function") {
        binding.log.warn({ event: name, ...binding.logFields }, "request without acknowledgement callback ignored");
        return;
      }
      if (!binding.inFlight.accepting) return ack(refusal(new RequestFailure("unavailable", binding.words.unavailable)));
      binding.inFlight.track(handle(binding, name, handler, payload, ack as (response: Ack<unknown>) => void));
    });
  }
}

async function handle<Ctx>(
  binding: RequestBinding<Ctx>,
  name: string,
  handler: Handler<Ctx, unknown, unknown, unknown, unknown>,
  payload: unknown,
  ack: (response: Ack<unknown>) => void,
): Promise<void> {
  const spec = binding.catalog[name]!;
  const started = performance.now();
  let child: Logger | undefined;
  const log = () => (child ??= binding.log.child({ eventId: uuidv7(), event: name, ...binding.logFields }));
  let done: { result: unknown; fresh: boolean; ctx: Ctx; input: unknown };
  try {
    const size = payloadBytes(payload);
    if (size > spec.maxBytes) throw new RequestFailure("payload_too_large", binding.words.tooLarge(name, size, spec.maxBytes));
    const parsed = spec.input.safeParse(payload);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      throw new RequestFailure("invalid_input", binding.words.invalidInput(name, issues), issues);
    }
    // every text of every request, whatever its field, before anything can store it
    const input = maskCardNumbersIn(parsed.data);
    await binding.admit?.();
    const ctx = binding.context(log);
    const access = await handler.authorize(ctx, input);
    if (spec.kind === "action" && !handler.commitsItself) {
      const clientId = (input as { clientId: string }).clientId;
      const committed = await commitAction(binding.db, { clientId, userId: binding.actorId, event: name, at: binding.clock.now() }, (tx) =>
        handler.run(ctx, input, tx, access),
      );
      done = { result: committed.result, fresh: !committed.replayed, ctx, input };
    } else {
      done = { result: await handler.run(ctx, input, binding.db, access), fresh: true, ctx, input };
    }
  } catch (error) {
    if (error instanceof RequestFailure) {
      log().info({ ms: round(performance.now() - started), code: error.code }, "request refused");
      return ack(refusal(error));
    }
    log().error({ err: error }, "request failed");
    return ack(refusal(new RequestFailure("internal", binding.words.internal)));
  }

  try {
    await handler.bindCaller?.(done.result, done.ctx);
  } catch (error) {
    log().error({ err: error }, "binding the caller to a committed result failed");
  }
  ack({ ok: true, data: handler.reply ? handler.reply(done.result) : done.result });
  const level = binding.doneLevel(spec.kind);
  if (binding.log.isLevelEnabled(level)) log()[level]({ ms: round(performance.now() - started), replayed: !done.fresh }, "request done");
  try {
    for (const announcement of handler.announce?.(done.result, done.ctx, done.input) ?? []) binding.emit(announcement);
  } catch (error) {
    log().error({ err: error }, "announcing a committed request failed");
  }
  if (!done.fresh || !handler.afterCommit) return;
  try {
    await handler.afterCommit(done.result, done.ctx, done.input);
  } catch (error) {
    log().error({ err: error }, "the work that follows a committed request failed");
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
