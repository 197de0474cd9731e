/**
 * Two server processes on one Postgres, sharing rooms through Redis: what happens on one reaches the
 * sockets of the other. Needs DATABASE_URL and REDIS_URL (.ci/run sets both); without them it is skipped.
 */
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBrand, aChatBrand, aConversation, aUser, TEST_PASSWORD } from "../testing/fixtures.ts";
import { startServerProcess, type ServerProcess } from "../testing/serverProcess.ts";
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
