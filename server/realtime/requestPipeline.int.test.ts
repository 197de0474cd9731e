/**
 * The request pipeline on its own, with a handler table made for the test and a real (embedded) database: what a
 * committed action is answered, what a failure after the commit does, what a repeat announces.
 */
import type { Socket } from "socket.io";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { action, query, type Ack } from "../../shared/contract/define.ts";
import { ClientId } from "../../shared/schemas/ids.ts";
import { manualClock } from "../app/clock.ts";
import { createLogger } from "../app/logger.ts";
import { anyone, push, type Announcement, type Handler } from "../handlers/defineHandlers.ts";
import { RequestFailure } from "../handlers/failure.ts";
import { createTestDatabase, type TestDatabase } from "../testing/testDatabase.ts";
import { InFlight } from "./inFlight.ts";
import { bindRequests } from "./requestPipeline.ts";

const catalog = {
  "note:keep": action(z.object({ clientId: ClientId, text: z.string() }), z.object({ kept: z.string() }), 1_000),
  "note:count": query(z.object({}), z.object({ n: z.number() })),
};

type Ctx = { calls: string[] };

/** A socket.io socket as far as the pipeline uses it: listeners it registers, fired by the test. */
function fakeSocket() {
  const listeners = new Map<string, (payload: unknown, ack: unknown) => void>();
  let any: ((event: string, ...args: unknown[]) => void) | null = null;
  const socket = {
    on: (event: string, listener: (payload: unknown, ack: unknown) => void) => listeners.set(event, listener),
    onAny: (listener: (event: string, ...args: unknown[]) => void) => (any = listener),
  };
  const send = (event: string, payload: unknown) =>
    new Promise<Ack<unknown>>((resolve) => {
      any?.(event, payload, resolve);
      listeners.get(event)?.(payload, resolve);
    });
  return { socket: socket as unknown as Socket, send };
}

describe("the request pipeline", () => {
  let database: TestDatabase;
  let inFlight: InFlight;
  let emitted: Announcement[];
  let ran: { text: string }[];
  let followUps: number;
  let failAfterCommit: "announce" | "afterCommit" | null;
  let send: (event: string, payload: unknown) => Promise<Ack<unknown>>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  beforeEach(() => {
    inFlight = new InFlight();
    emitted = [];
    ran = [];
    followUps = 0;
    failAfterCommit = null;
    const keep: Handler<Ctx, { clientId: string; text: string }, { kept: string }> = {
      authorize: anyone,
      async run(_ctx, input, tx) {
        if (input.text === "fail") throw new Error("the handler broke before its commit");
        if (input.text === "refuse") throw new RequestFailure("conflict", "Not now.");
        await tx.query("SELECT 1");
        ran.push({ text: input.text });
        return { kept: input.text };
      },
      announce(result) {
        if (failAfterCommit === "announce") throw new Error("announcing broke");
        return [push("brand:x", "conversation:read", { conversationId: uuidv7() as never, lastReadSeq: result.kept.length })];
      },
      async afterCommit() {
        followUps += 1;
        if (failAfterCommit === "afterCommit") throw new Error("the follow-up broke");
      },
    };
    const count: Handler<Ctx, object, { n: number }> = { authorize: anyone, run: async () => ({ n: ran.length }) };
    const fake = fakeSocket();
    send = fake.send;
    bindRequests<Ctx>(fake.socket, {
      catalog,
      handlers: { "note:keep": keep, "note:count": count },
      db: database.db,
      clock: manualClock(),
      log: createLogger("silent"),
      inFlight,
      logFields: {},
      actorId: null,
      context: () => ({ calls: [] }),
      emit: (a) => emitted.push(a),
      doneLevel: () => "debug",
      words: { invalidInput: () => "bad", tooLarge: () => "too large", unavailable: "restarting", internal: "broke" },
    });
  });

  const committed = async (clientId: string) =>
    (await database.db.query("SELECT 1 FROM actions WHERE client_id = $1", [clientId])).rows.length === 1;

  it("acknowledges a committed action as done when its follow-up work fails, and logs rather than reports it", async () => {
    failAfterCommit = "afterCommit";
    const clientId = uuidv7();
    expect(await send("note:keep", { clientId, text: "kept" })).toEqual({ ok: true, data: { kept: "kept" } });
    await inFlight.idle();
    expect(followUps).toBe(1);
    expect(emitted).toHaveLength(1);
    expect(await committed(clientId)).toBe(true);
  });

  it("acknowledges a committed action as done when announcing it fails, and still does the follow-up work", async () => {
    failAfterCommit = "announce";
    expect(await send("note:keep", { clientId: uuidv7(), text: "kept" })).toEqual({ ok: true, data: { kept: "kept" } });
    await inFlight.idle();
    expect(emitted).toEqual([]);
    expect(followUps).toBe(1);
  });

  it("answers a repeat with the first result and announces it again, without running or following it up twice", async () => {
    const clientId = uuidv7();
    failAfterCommit = "announce";
    const first = await send("note:keep", { clientId, text: "first" });
    failAfterCommit = null;
    const again = await send("note:keep", { clientId, text: "second" });
    await inFlight.idle();
    expect(again).toEqual(first);
    expect(ran).toEqual([{ text: "first" }]);
    // the first announcement was lost; the repeat makes it
    expect(emitted).toHaveLength(1);
    expect(followUps).toBe(1);
  });

  it("masks card numbers in every string before the handler sees it", async () => {
    await send("note:keep", { clientId: uuidv7(), text: "card 4111 1111 1111 1111 please" });
    expect(ran).toEqual([{ text: "card •••• 1111 please" }]);
  });

  it("answers a failure before the commit as internal and commits nothing; a refusal with its own code", async () => {
    const clientId = uuidv7();
    expect(await send("note:keep", { clientId, text: "fail" })).toEqual({ ok: false, error: { code: "internal", message: "broke" } });
    expect(await committed(clientId)).toBe(false);
    expect(await send("note:keep", { clientId: uuidv7(), text: "refuse" })).toEqual({ ok: false, error: { code: "conflict", message: "Not now." } });
    expect(emitted).toEqual([]);
    expect(followUps).toBe(0);
  });

  it("refuses what no handler should see: unknown events, oversize and invalid payloads, and anything once stopping", async () => {
    expect(await send("note:burn", {})).toMatchObject({ ok: false, error: { code: "unknown_event" } });
    expect(await send("note:keep", { clientId: uuidv7(), text: "x".repeat(2_000) })).toMatchObject({ ok: false, error: { code: "payload_too_large" } });
    expect(await send("note:keep", { clientId: "not-a-uuid", text: "x" })).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    inFlight.stopAccepting();
    expect(await send("note:count", {})).toEqual({ ok: false, error: { code: "unavailable", message: "restarting" } });
    expect(ran).toEqual([]);
  });
});
