/** Routing with several agents and visitors through real sockets: capacity, load, status, queue order, grace, transfer. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { aChatBrand, aUser } from "../testing/fixtures.ts";
import { nextPush, request, startTestServer, type TestServer, type TestSocket } from "../testing/testServer.ts";
import { connectVisitor, nextVisitorPush, visitorRequest, type VisitorTestSocket } from "../testing/visitorClient.ts";

const ok = <T>(ack: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
};

let server: TestServer;
let brand: { id: string; widgetKey: string };
let db: TestServer["database"]["db"];

async function anAgentOnline(name: string, capacity = 3): Promise<{ id: string; socket: TestSocket }> {
  const user = await aUser(db, [{ brandId: brand.id, role: "agent" }], name);
  await db.query("UPDATE users SET chat_capacity = $2 WHERE id = $1", [user.id, capacity]);
  const socket = await server.connect(await server.cookieFor(user.email));
  return { id: user.id, socket };
}

const setStatus = (socket: TestSocket, status: "available" | "away" | "offline") =>
  request(socket, "agent:setStatus", { clientId: uuidv7(), status, ...(status === "away" ? { awayReason: "lunch" } : {}) });

async function aVisitorChat(body: string): Promise<{ visitor: VisitorTestSocket; conversationId: string }> {
  const visitor = await connectVisitor(server.app.url, brand.widgetKey);
  const started = ok(await visitorRequest(visitor, "chat:start", { clientId: uuidv7(), body }));
  return { visitor, conversationId: started.chat.conversationId };
}

const assigneeOf = async (conversationId: string) =>
  (await db.query<{ assignee_id: string | null }>("SELECT assignee_id FROM conversations WHERE id = $1", [conversationId])).rows[0]?.assignee_id ?? null;

async function settle(): Promise<void> {
  await server.app.chat.routing.route();
}

beforeAll(async () => {
  server = await startTestServer({ AGENT_OFFLINE_GRACE_SECONDS: 1 });
  db = server.database.db;
  brand = await aChatBrand(db, "Lumen");
});
afterAll(() => server.close());

describe("routing", () => {
  it("respects capacity, queues the overflow in arrival order, and tells the visitors their place", async () => {
    const solo = await anAgentOnline("Solo", 1);
    ok(await setStatus(solo.socket, "available"));
    const first = await aVisitorChat("first");
    await settle();
    expect(await assigneeOf(first.conversationId)).toBe(solo.id);

    const second = await aVisitorChat("second");
    const third = await aVisitorChat("third");
    await settle();
    expect(await assigneeOf(second.conversationId)).toBeNull();
    const places = await Promise.all([second, third].map(async (c) => ok(await visitorRequest(c.visitor, "chat:history", { afterSeq: 0 })).state.queuePosition));
    expect(places).toEqual([1, 2]);
    const queue = ok(await request(solo.socket, "queue:list", {}));
    expect(queue).toEqual([expect.objectContaining({ brandId: brand.id, waiting: 2, agentsWithRoom: 0 })]);

    // the first chat ends: the second (not the third) takes the freed place, and the third moves up
    const moved = nextVisitorPush(third.visitor, "chat:state", (s) => s.queuePosition === 1);
    ok(await request(solo.socket, "conversation:setStatus", { clientId: uuidv7(), conversationId: first.conversationId, status: "resolved" }));
    await settle();
    expect(await assigneeOf(second.conversationId)).toBe(solo.id);
    expect(await assigneeOf(third.conversationId)).toBeNull();
    await moved;

    ok(await setStatus(solo.socket, "away"));
    ok(await request(solo.socket, "conversation:setStatus", { clientId: uuidv7(), conversationId: second.conversationId, status: "resolved" }));
    ok(await request(solo.socket, "conversation:setStatus", { clientId: uuidv7(), conversationId: third.conversationId, status: "resolved" }));
  });

  it("gives an away agent nothing, and the least loaded available agent the chat", async () => {
    const busy = await anAgentOnline("Busy");
    const light = await anAgentOnline("Light");
    const away = await anAgentOnline("Away");
    ok(await setStatus(busy.socket, "available"));
    const warmUp = await aVisitorChat("for busy");
    await settle();
    expect(await assigneeOf(warmUp.conversationId)).toBe(busy.id);
    ok(await setStatus(light.socket, "available"));
    ok(await setStatus(away.socket, "away"));
    const next = await aVisitorChat("who takes me?");
    await settle();
    expect(await assigneeOf(next.conversationId)).toBe(light.id);
    for (const agent of [busy, light, away]) ok(await setStatus(agent.socket, "away"));
    for (const c of [warmUp, next]) {
      const holder = (await assigneeOf(c.conversationId)) === busy.id ? busy : light;
      ok(await request(holder.socket, "conversation:setStatus", { clientId: uuidv7(), conversationId: c.conversationId, status: "resolved" }));
    }
  });

  it("assigns a waiting chat the moment an agent becomes available", async () => {
    const late = await anAgentOnline("Late");
    // nobody available: the chat cannot start, so one agent is available but full
    const full = await anAgentOnline("Full", 0);
    ok(await setStatus(full.socket, "available"));
    const waiting = await aVisitorChat("anyone?");
    await settle();
    expect(await assigneeOf(waiting.conversationId)).toBeNull();
    const notified = nextPush(late.socket, "agent:notified");
    ok(await setStatus(late.socket, "available"));
    expect(await notified).toMatchObject({ kind: "assigned", conversationId: waiting.conversationId });
    expect(await assigneeOf(waiting.conversationId)).toBe(late.id);
    ok(await setStatus(full.socket, "offline"));
    ok(await setStatus(late.socket, "away"));
  });

  it("puts a chat back first in line when its agent's console is gone past the grace period", async () => {
    const leaving = await anAgentOnline("Leaving");
    ok(await setStatus(leaving.socket, "available"));
    const kept = await aVisitorChat("don't lose me");
    await settle();
    expect(await assigneeOf(kept.conversationId)).toBe(leaving.id);
    // everyone else is away or offline by now: the chat waits, first in line, for the next agent
    const backInLine = nextVisitorPush(kept.visitor, "chat:message", (m) => m.from === "system" && /back in the queue/.test(m.body), 10_000);
    const consoleId = leaving.socket.id;
    leaving.socket.disconnect();
    // the sweep counts the consoles the server holds: it must have seen this one go, however long that took
    await vi.waitFor(async () => expect((await server.app.io.fetchSockets()).map((s) => s.id)).not.toContain(consoleId), { timeout: 10_000, interval: 20 });
    await server.app.sweepPresence();
    expect(await assigneeOf(kept.conversationId)).toBe(leaving.id);
    server.clock.advance(1_100);
    await server.app.sweepPresence();
    await backInLine;
    expect(await assigneeOf(kept.conversationId)).toBeNull();
    const row = await db.query<{ status: string }>("SELECT status FROM users WHERE id = $1", [leaving.id]);
    expect(row.rows[0]?.status).toBe("offline");
    const state = ok(await visitorRequest(kept.visitor, "chat:history", { afterSeq: 0 })).state;
    expect(state).toMatchObject({ phase: "queued", queuePosition: 1 });
  });

  it("hands an agent's chats back to the queue when they go offline, but not when they step away", async () => {
    const stepping = await anAgentOnline("Stepping");
    ok(await setStatus(stepping.socket, "available"));
    const held = await aVisitorChat("hold on to me");
    await settle();
    expect(await assigneeOf(held.conversationId)).toBe(stepping.id);
    ok(await setStatus(stepping.socket, "away"));
    expect(await assigneeOf(held.conversationId)).toBe(stepping.id);
    const backInLine = nextVisitorPush(held.visitor, "chat:message", (m) => m.from === "system" && /back in the queue/.test(m.body));
    ok(await setStatus(stepping.socket, "offline"));
    await backInLine;
    expect(await assigneeOf(held.conversationId)).not.toBe(stepping.id);
  });

  it("transfers a chat to a teammate with a note, and back to the queue", async () => {
    const from = await anAgentOnline("From");
    const to = await anAgentOnline("To");
    ok(await setStatus(from.socket, "available"));
    await settle();
    const chat = await aVisitorChat("please transfer me");
    await settle();
    // "From" is the only one available, so the chat is theirs
    expect(await assigneeOf(chat.conversationId)).toBe(from.id);
    const joined = nextVisitorPush(chat.visitor, "chat:message", (m) => m.from === "system" && m.body === "To joined the chat");
    const notified = nextPush(to.socket, "agent:notified");
    const moved = ok(await request(from.socket, "conversation:transfer", { clientId: uuidv7(), conversationId: chat.conversationId, toUserId: to.id, note: "billing question" }));
    expect(moved.assigneeId).toBe(to.id);
    await joined;
    expect(await notified).toMatchObject({ kind: "assigned" });
    const items = await db.query<{ data: { reason: string; note: string } }>("SELECT data FROM timeline_items WHERE conversation_id = $1 AND kind = 'assignment' ORDER BY seq DESC LIMIT 1", [chat.conversationId]);
    expect(items.rows[0]?.data).toMatchObject({ reason: "transfer", note: "billing question" });

    ok(await setStatus(from.socket, "away"));
    ok(await setStatus(to.socket, "available"));
    const requeued = ok(await request(to.socket, "conversation:transfer", { clientId: uuidv7(), conversationId: chat.conversationId, toUserId: null, note: "needs a specialist" }));
    expect(requeued).toMatchObject({ assigneeId: null, queuedAt: expect.any(String) });
    // "To" is available with room, but let it go: routing does not hand it straight back
    await settle();
    expect(await assigneeOf(chat.conversationId)).toBeNull();
    const refused = await request(to.socket, "conversation:transfer", { clientId: uuidv7(), conversationId: chat.conversationId, toUserId: null, note: "" });
    expect(refused).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });

  it("lets an admin of the user's brand set their capacity, and nobody else", async () => {
    const agent = await anAgentOnline("Capped");
    const admin = await aUser(db, [{ brandId: brand.id, role: "admin" }], "Admin");
    const adminSocket = await server.connect(await server.cookieFor(admin.email));
    const pushed = nextPush(agent.socket, "agent:stateChanged");
    expect(ok(await request(adminSocket, "agent:setCapacity", { clientId: uuidv7(), userId: agent.id, capacity: 5 })).chatCapacity).toBe(5);
    expect((await pushed).chatCapacity).toBe(5);
    const refused = await request(agent.socket, "agent:setCapacity", { clientId: uuidv7(), userId: agent.id, capacity: 20 });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("lets only those who take chats be available or away, and never routes a chat to a trainer", async () => {
    const harbor = await aChatBrand(db, "Harbor");
    const trainer = await aUser(db, [{ brandId: harbor.id, role: "trainer" }], "Trainer");
    const trainerSocket = await server.connect(await server.cookieFor(trainer.email));
    expect(await setStatus(trainerSocket, "available")).toEqual({
      ok: false,
      error: { code: "forbidden", message: "You take no chats in any of your brands, so you cannot be available or away." },
    });
    expect(await setStatus(trainerSocket, "away")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(ok(await setStatus(trainerSocket, "offline")).status).toBe("offline");

    const agent = await aUser(db, [{ brandId: harbor.id, role: "agent" }], "Harbor agent");
    const agentSocket = await server.connect(await server.cookieFor(agent.email));
    await db.query("UPDATE users SET chat_capacity = 0 WHERE id = $1", [agent.id]);
    expect(ok(await setStatus(agentSocket, "available")).status).toBe("available");
    // a trainer left available from before this rule, with room, is still passed over
    await db.query("UPDATE users SET status = 'available' WHERE id = $1", [trainer.id]);
    const visitor = await connectVisitor(server.app.url, harbor.widgetKey);
    const chat = ok(await visitorRequest(visitor, "chat:start", { clientId: uuidv7(), body: "anyone there?" })).chat;
    await settle();
    expect(await assigneeOf(chat.conversationId)).toBeNull();

    await db.query("UPDATE users SET chat_capacity = 1 WHERE id = $1", [agent.id]);
    await settle();
    expect(await assigneeOf(chat.conversationId)).toBe(agent.id);
  });
});
