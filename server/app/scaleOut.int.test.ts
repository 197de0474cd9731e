/**
 * Two server processes on one Postgres, sharing rooms through Redis: what happens on one reaches the
 * sockets of the other. Needs DATABASE_URL and REDIS_URL (.ci/run sets both); without them it is skipped.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBrand, aChatBrand, aConversation, aUser, TEST_PASSWORD } from "../testing/fixtures.ts";
import { freePort, startServerProcess, type ServerProcess } from "../testing/serverProcess.ts";
import { createTestDatabase, type TestDatabase } from "../testing/testDatabase.ts";
import { connectTo, nextPush, request, sessionCookieFrom, type TestSocket } from "../testing/testServer.ts";
import { connectVisitor, nextVisitorPush, visitorRequest } from "../testing/visitorClient.ts";

const configured = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

describe.skipIf(!configured)("two server processes behind one address", () => {
  let database: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let brandId: string;
  let admin: { id: string; email: string };
  const sockets: TestSocket[] = [];

  const connect = async (server: ServerProcess, email: string) => {
    const cookie = await sessionCookieFrom(server.url, email, TEST_PASSWORD);
    const socket = await connectTo(server.url, cookie);
    sockets.push(socket);
    return { socket, cookie };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    brandId = (await aBrand(database.db, "Lumen")).id;
    admin = await aUser(database.db, [{ brandId, role: "admin" }], "Priya");
    // a prefix of its own, so rate-limit counters of earlier runs on this Redis do not carry over
    const env = { DATABASE_URL: database.url ?? "", REDIS_URL: process.env.REDIS_URL ?? "", REDIS_PREFIX: `sbtest-${uuidv7().slice(-12)}`, SEED: "off" };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 120_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it("a reply committed through process A reaches a watcher connected to process B", async () => {
    const conversation = await aConversation(database.db, brandId);
    const agentA = await aUser(database.db, [{ brandId, role: "agent" }], "Ana");
    const agentB = await aUser(database.db, [{ brandId, role: "agent" }], "Tom");
    const onA = await connect(a, agentA.email);
    const onB = await connect(b, agentB.email);
    await request(onB.socket, "conversation:watch", { conversationId: conversation.id });
    const pushed = nextPush(onB.socket, "timeline:appended");
    const clientId = uuidv7();
    const ack = await request(onA.socket, "timeline:append", { clientId, conversationId: conversation.id, kind: "message", body: "from A" });
    expect(ack).toMatchObject({ ok: true, data: { seq: 1 } });
    expect(await pushed).toMatchObject({ clientId, body: "from A", seq: 1 });
  });

  it("a visitor on process A and their agent on process B chat both ways", async () => {
    const chatBrand = await aChatBrand(database.db, "Chatty");
    const agent = await aUser(database.db, [{ brandId: chatBrand.id, role: "agent" }], "Dev");
    const onB = await connect(b, agent.email);
    await request(onB.socket, "agent:setStatus", { clientId: uuidv7(), status: "available" });
    const visitor = await connectVisitor(a.url, chatBrand.widgetKey);
    const assigned = nextPush(onB.socket, "agent:notified", 10_000);
    const started = await visitorRequest(visitor, "chat:start", { clientId: uuidv7(), body: "hello from A" });
    if (!started.ok) throw new Error(started.error.message);
    const conversationId = started.data.chat.conversationId;
    expect(await assigned).toMatchObject({ kind: "assigned", conversationId });
    await request(onB.socket, "conversation:watch", { conversationId });
    const relayed = nextPush(onB.socket, "timeline:appended");
    await visitorRequest(visitor, "chat:send", { clientId: uuidv7(), body: "are you there?" });
    expect(await relayed).toMatchObject({ body: "are you there?", direction: "inbound" });
    const reply = nextVisitorPush(visitor, "chat:message", (m) => m.from === "agent");
    await request(onB.socket, "timeline:append", { clientId: uuidv7(), conversationId, kind: "message", body: "yes, from B" });
    expect(await reply).toMatchObject({ body: "yes, from B", authorName: "Dev" });
    visitor.disconnect();
  });

  it("removing a brand on process A prunes the agent's rooms on process B", async () => {
    const agent = await aUser(database.db, [{ brandId, role: "agent" }], "Li");
    const onB = await connect(b, agent.email);
    const adminOnA = await connect(a, admin.email);
    const changed = nextPush(onB.socket, "session:changed");
    await request(adminOnA.socket, "membership:set", { clientId: uuidv7(), userId: agent.id, brandId, role: null });
    expect(await changed).toEqual({ reason: "access" });
  });

  it("signing out through process A closes the session's socket on process B", async () => {
    const agent = await aUser(database.db, [{ brandId, role: "agent" }], "Sam");
    const onB = await connect(b, agent.email);
    const ended = nextPush(onB.socket, "session:ended");
    const response = await fetch(`${a.url}/api/session`, { method: "DELETE", headers: { cookie: onB.cookie } });
    expect(response.status).toBe(200);
    expect(await ended).toEqual({ reason: "signed_out" });
  });

  it("shares the wrong-password limit between the processes", async () => {
    const agent = await aUser(database.db, [{ brandId, role: "agent" }], "Dev");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const server = i % 2 === 0 ? a : b;
      const response = await fetch(`${server.url}/api/session`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: agent.email, password: `wrong-${i}` }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

/** A Redis server of the test's own, so that stopping it touches nothing else on the machine. */
function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    redis.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) resolve(redis);
    });
    redis.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
}

async function stopRedis(redis: ChildProcess): Promise<void> {
  if (redis.exitCode !== null) return;
  const exited = new Promise((resolve) => redis.once("exit", resolve));
  redis.kill("SIGKILL");
  await exited;
}

/** What one client holds of a timeline, by seq: live pushes and catch-ups merged, as the console and the widget do. */
class Held {
  readonly bySeq = new Map<number, string>();
  readonly conflicts: number[] = [];
  add(seq: number, body: string): void {
    if (this.bySeq.has(seq) && this.bySeq.get(seq) !== body) this.conflicts.push(seq);
    this.bySeq.set(seq, body);
  }
  /** The last seq before the first gap: the console fills a gap its own items reveal, so it asks from there. */
  get lastSeq(): number {
    let seq = 0;
    while (this.bySeq.has(seq + 1)) seq++;
    return seq;
  }
  seqs(): number[] {
    return [...this.bySeq.keys()].sort((x, y) => x - y);
  }
}

describe.skipIf(!configured)("two server processes through a Redis outage", () => {
  let database: TestDatabase;
  let redisPort: number;
  let redis: ChildProcess | null = null;
  let a: ServerProcess;
  let b: ServerProcess;
  const sockets: { disconnect(): void }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    const env = { DATABASE_URL: database.url ?? "", REDIS_URL: `redis://127.0.0.1:${redisPort}`, REDIS_PREFIX: "sbtest", SEED: "off" };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 180_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await Promise.all([a?.stop(), b?.stop()]);
    if (redis) await stopRedis(redis);
    await database?.drop();
  });

  it("keeps both processes up, catches every client up after Redis returns, and stops each with code 0", { timeout: 240_000 }, async () => {
    const brand = await aChatBrand(database.db, "Outage");
    const ana = await aUser(database.db, [{ brandId: brand.id, role: "agent" }], "Ana");
    const tom = await aUser(database.db, [{ brandId: brand.id, role: "agent" }], "Tom");
    const onA = await connectTo(a.url, await sessionCookieFrom(a.url, ana.email, TEST_PASSWORD));
    const onB = await connectTo(b.url, await sessionCookieFrom(b.url, tom.email, TEST_PASSWORD));
    sockets.push(onA, onB);
    // Tom, on B, takes the chat of a visitor connected to A
    await request(onB, "agent:setStatus", { clientId: uuidv7(), status: "available" });
    const visitor = await connectVisitor(a.url, brand.widgetKey);
    sockets.push(visitor);
    const started = await visitorRequest(visitor, "chat:start", { clientId: uuidv7(), body: "hello" });
    if (!started.ok) throw new Error(started.error.message);
    const conversationId = started.data.chat.conversationId;

    const held = { ana: new Held(), tom: new Held(), visitor: new Held() };
    const resyncs = { ana: 0, tom: 0, visitor: 0 };
    for (const [who, socket] of [["ana", onA], ["tom", onB]] as const) {
      socket.on("timeline:appended", (item) => item.conversationId === conversationId && held[who].add(item.seq, item.body));
      socket.on("session:resync", async () => {
        resyncs[who]++;
        const page = await request(socket, "timeline:list", { conversationId, afterSeq: held[who].lastSeq });
        if (page.ok) for (const item of page.data.items) held[who].add(item.seq, item.body);
      });
      const watched = await request(socket, "conversation:watch", { conversationId });
      expect(watched.ok).toBe(true);
      const page = await request(socket, "timeline:list", { conversationId, afterSeq: 0 });
      if (page.ok) for (const item of page.data.items) held[who].add(item.seq, item.body);
    }
    visitor.on("chat:message", (message) => held.visitor.add(message.seq, message.body));
    visitor.on("chat:resync", async () => {
      resyncs.visitor++;
      const history = await visitorRequest(visitor, "chat:history", { afterSeq: held.visitor.lastSeq });
      if (history.ok) for (const message of history.data.items) held.visitor.add(message.seq, message.body);
    });
    held.visitor.add(started.data.message.seq, started.data.message.body);

    let n = 0;
    const traffic = async (phase: string) => {
      for (let i = 0; i < 3; i++) {
        // Ana on A writes notes, Tom on B answers the visitor: each reaches the other process only through Redis
        const note = await request(onA, "timeline:append", { clientId: uuidv7(), conversationId, kind: "note", body: `${phase} note ${++n}` });
        const reply = await request(onB, "timeline:append", { clientId: uuidv7(), conversationId, kind: "message", body: `${phase} reply ${++n}` });
        if (!note.ok || !reply.ok) throw new Error(`${phase}: an append was refused`);
        // a writer learns of its own item from the acknowledgement, not from a push
        held.ana.add(note.data.seq, note.data.body);
        held.tom.add(reply.data.seq, reply.data.body);
      }
    };

    await traffic("before");
    await stopRedis(redis!);
    redis = null;
    await traffic("during");
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await traffic("during");
    redis = await startRedis(redisPort);
    const allResynced = async () => {
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
        if (resyncs.ana > 0 && resyncs.tom > 0 && resyncs.visitor > 0) return;
      }
    };
    await allResynced();
    expect(resyncs).toEqual({ ana: 1, tom: 1, visitor: 1 });
    await traffic("after");

    // the record, read fresh at the end
    const truth = await request(onA, "timeline:list", { conversationId, afterSeq: 0 });
    const visitorTruth = await visitorRequest(visitor, "chat:history", { afterSeq: 0 });
    if (!truth.ok || !visitorTruth.ok) throw new Error("the final reads failed");
    const allSeqs = truth.data.items.map((item) => item.seq);
    const visitorSeqs = visitorTruth.data.items.map((message) => message.seq);
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
      if (held.ana.seqs().length === allSeqs.length && held.tom.seqs().length === allSeqs.length && held.visitor.seqs().length === visitorSeqs.length) break;
    }
    expect(held.ana.seqs()).toEqual(allSeqs);
    expect(held.tom.seqs()).toEqual(allSeqs);
    expect(held.visitor.seqs()).toEqual(visitorSeqs);
    expect([held.ana.conflicts, held.tom.conflicts, held.visitor.conflicts]).toEqual([[], [], []]);
    expect(allSeqs).toEqual(Array.from({ length: allSeqs.length }, (_, i) => i + 1));

    for (const server of [a, b]) expect((await fetch(`${server.url}/readyz`)).ok).toBe(true);
    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
  });
});
