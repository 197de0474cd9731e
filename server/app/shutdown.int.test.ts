/**
 * Graceful stop under load: console sockets appending notes and visitors sending chat messages keep requests in
 * flight while close() runs, and keep sending after it started. Every request the server took is answered (ok, or
 * the typed `unavailable`), every ok is committed, and every committed clientId was acknowledged ok to its sender.
 */
import { v7 as uuidv7 } from "uuid";
import { describe, expect, it } from "vitest";
import type { Ack } from "../../shared/contract/define.ts";
import { WIDGET_NAMESPACE } from "../../shared/contract/widget.ts";
import { MAX_BODY_CHARS } from "../../shared/domain/limits.ts";
import { aChatBrand, aConversation, aUser } from "../testing/fixtures.ts";
import { request, startTestServer, type TestSocket } from "../testing/testServer.ts";
import { connectVisitor, visitorRequest, type VisitorTestSocket } from "../testing/visitorClient.ts";

/** Requests each socket keeps in flight: enough that acks queue up behind each other on one connection. */
const WINDOW = 8;

type Outcome = "ok" | "unavailable" | "cut off" | `other: ${string}`;

interface Sent {
  clientId: string;
  outcome: Promise<Outcome>;
}

function outcomeOf(ack: Promise<Ack<unknown>>, socket: { connected: boolean }): Promise<Outcome> {
  return ack.then(
    (answer): Outcome => (answer.ok ? "ok" : answer.error.code === "unavailable" ? "unavailable" : `other: ${answer.error.code}`),
    // socket.io-client fails a pending ack when the connection closes under it: the request raced the close
    (error: Error): Outcome => (!socket.connected && /disconnected/.test(error.message) ? "cut off" : `other: ${error.message}`),
  );
}

interface Load {
  sent: Sent[];
  /** sends one request now, whatever the lanes are doing */
  once(): void;
  done: Promise<void>;
}

/** Keeps WINDOW requests in flight on one socket until the server refuses one or the connection closes. */
function keepSending(socket: { connected: boolean }, send: (clientId: string) => Promise<Ack<unknown>>): Load {
  const sent: Sent[] = [];
  const once = () => {
    const clientId = uuidv7();
    const outcome = outcomeOf(send(clientId), socket);
    sent.push({ clientId, outcome });
    return outcome;
  };
  const lane = async () => {
    while (socket.connected && (await once()) === "ok");
  };
  return { sent, once: () => void once(), done: Promise.all(Array.from({ length: WINDOW }, lane)).then(() => undefined) };
}

/** The clientIds of every request that reached the server's sockets, whether it took them or not. */
function recordArrivals(namespaces: { sockets: Map<string, { onAny(listener: (event: string, payload: unknown) => void): void }> }[]): Set<string> {
  const arrived = new Set<string>();
  for (const namespace of namespaces) {
    for (const socket of namespace.sockets.values()) {
      socket.onAny((_event, payload) => {
        const clientId = (payload as { clientId?: unknown } | null)?.clientId;
        if (typeof clientId === "string") arrived.add(clientId);
      });
    }
  }
  return arrived;
}

/** request(), waiting as long as a test may: the console that stops reading gets its answers late. */
const patientRequest = (socket: TestSocket, event: string, payload: unknown) =>
  (socket.timeout(120_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<unknown>> }).emitWithAck(event, payload);

/** The client's end of the WebSocket: paused, it stops reading, as a console on a congested network does. */
const wsOf = (socket: TestSocket) => (socket.io.engine.transport as unknown as { ws: { pause(): void; resume(): void } }).ws;

describe("graceful shutdown", () => {
  it("under load, acknowledges every request it took, refuses the later ones, and every ok is committed", { timeout: 180_000 }, async () => {
    // the visitors' limits are not under test here
    const server = await startTestServer({ WIDGET_MESSAGES_PER_MINUTE_PER_VISITOR: 100_000, WIDGET_MESSAGES_PER_MINUTE_PER_ADDRESS: 100_000 });
    const db = server.database.db;
    const brand = await aChatBrand(db, "Lumen");
    const agents = await Promise.all([1, 2, 3].map((i) => aUser(db, [{ brandId: brand.id, role: "agent" }], `Agent ${i}`)));
    const consoles: TestSocket[] = [];
    for (const agent of agents) consoles.push(await server.connect(await server.cookieFor(agent.email)));
    // a visitor can start a chat only while an agent of the brand is available
    expect(await request(consoles[0]!, "agent:setStatus", { clientId: uuidv7(), status: "available" })).toMatchObject({ ok: true });
    const visitors: VisitorTestSocket[] = [];
    for (let i = 0; i < 3; i++) {
      const visitor = await connectVisitor(server.app.url, brand.widgetKey);
      expect(await visitorRequest(visitor, "chat:start", { clientId: uuidv7(), body: `hello ${i}` })).toMatchObject({ ok: true });
      visitors.push(visitor);
    }
    // the first console watches every conversation written to, so that pushes of long notes keep its connection busy
    const conversations = await Promise.all(consoles.map(() => aConversation(db, brand.id)));
    for (const conversation of conversations) await request(consoles[0]!, "conversation:watch", { conversationId: conversation.id });
    const longNote = "n".repeat(MAX_BODY_CHARS - 10);

    const load = [
      ...consoles.map((socket, i) =>
        keepSending(socket, (clientId) => patientRequest(socket, "timeline:append", { clientId, conversationId: conversations[i]!.id, kind: "note", body: longNote })),
      ),
      ...visitors.map((visitor) => keepSending(visitor, (clientId) => visitorRequest(visitor, "chat:send", { clientId, body: "m" }))),
    ];
    while (load.reduce((n, l) => n + l.sent.length, 0) < 200) await new Promise((resolve) => setTimeout(resolve, 20));
    // the first console stops reading until the server buffers what it sends it, acknowledgements among it
    const slow = consoles[0]!;
    wsOf(slow).pause();
    const serverSide = server.app.io.of("/").sockets.get(slow.id!)!.conn as unknown as { writeBuffer: unknown[] };
    for (const deadline = Date.now() + 60_000; serverSide.writeBuffer.length === 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(serverSide.writeBuffer.length).toBeGreaterThan(0);

    const arrived = recordArrivals([server.app.io.of("/"), server.app.io.of(WIDGET_NAMESPACE)] as never);
    const closed = server.app.close();
    for (const l of load) for (let i = 0; i < 4; i++) l.once();
    setTimeout(() => wsOf(slow).resume(), 1_000);
    await closed;
    await Promise.all(load.map((l) => l.done));

    const sent = load.flatMap((l) => l.sent);
    const outcomes = await Promise.all(sent.map((s) => s.outcome));
    const answered = new Map(sent.map((s, i) => [s.clientId, outcomes[i]!]));
    const stored = await db.query<{ client_id: string }>("SELECT client_id FROM timeline_items WHERE client_id = ANY($1::uuid[])", [sent.map((s) => s.clientId)]);
    const committed = new Set(stored.rows.map((r) => r.client_id));

    expect(outcomes.filter((o) => o.startsWith("other"))).toEqual([]);
    expect(outcomes.filter((o) => o === "unavailable").length).toBeGreaterThan(0);
    // a request may cross the closing connection unseen; one that reached the server is answered
    expect(sent.filter((s) => arrived.has(s.clientId) && answered.get(s.clientId) === "cut off").map((s) => s.clientId)).toEqual([]);
    expect(sent.filter((s) => answered.get(s.clientId) === "ok" && !committed.has(s.clientId)).map((s) => s.clientId)).toEqual([]);
    expect([...committed].filter((clientId) => answered.get(clientId) !== "ok").map((clientId) => answered.get(clientId))).toEqual([]);
    await server.database.drop();
  });
});
