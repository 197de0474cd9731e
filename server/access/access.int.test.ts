/**
 * For every event in the contract and every HTTP route: a caller without the brand, or without the role,
 * is refused and gets none of the brand's data. An event added to the contract without a row here fails.
 */
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requests, type Ack, type RequestName } from "../../shared/contract/index.ts";
import { ROUTES } from "../http/router.ts";
import { handlerTable } from "../realtime/handlerTable.ts";
import { aBrand, aConversation, aUser } from "../testing/fixtures.ts";
import { request, startTestServer, type TestServer, type TestSocket } from "../testing/testServer.ts";

type Caller = "otherBrandAdmin" | "trainer" | "agent";
interface World {
  brandId: string;
  otherBrandId: string;
  conversationId: string;
  contactId: string;
  agentId: string;
  /** an id that appears nowhere in an answer the outsider may get */
  secret: string;
}
interface Row {
  as: Caller;
  payload: (w: World) => unknown;
  /** refused: an error and no data; or a check of a permitted answer that must not leak the brand */
  expect: "refused" | ((ack: Ack<unknown>, w: World) => void);
}

const conversationRef = (w: World) => ({ conversationId: w.conversationId });
const refusedTo = (callers: Caller[], payload: (w: World) => unknown): Row[] => callers.map((as) => ({ as, payload, expect: "refused" }));
const answersWithoutTheBrand = (ack: Ack<unknown>, w: World) => {
  expect(ack.ok).toBe(true);
  expect(JSON.stringify(ack)).not.toContain(w.brandId);
  expect(JSON.stringify(ack)).not.toContain(w.secret);
};
const longAgo = () => ({ since: "2000-01-01T00:00:00Z" });

const rows: Record<RequestName, Row[]> = {
  "session:whoami": [
    { as: "otherBrandAdmin", payload: () => ({}), expect: (ack, w) => expect(JSON.stringify(ack)).not.toContain(w.brandId) },
  ],
  "conversation:get": refusedTo(["otherBrandAdmin", "trainer"], conversationRef),
  "conversation:watch": refusedTo(["otherBrandAdmin", "trainer"], conversationRef),
  // leaving a room reveals nothing and grants nothing
  "conversation:unwatch": [{ as: "otherBrandAdmin", payload: conversationRef, expect: (ack) => expect(ack).toEqual({ ok: true, data: {} }) }],
  "conversation:assign": refusedTo(["otherBrandAdmin", "trainer"], (w) => ({ clientId: uuidv7(), conversationId: w.conversationId, assigneeId: w.agentId })),
  "conversation:setStatus": refusedTo(["otherBrandAdmin", "trainer"], (w) => ({ clientId: uuidv7(), conversationId: w.conversationId, status: "resolved" })),
  "conversation:setPriority": refusedTo(["otherBrandAdmin", "trainer"], (w) => ({ clientId: uuidv7(), conversationId: w.conversationId, priority: "urgent" })),
  "conversation:setTags": refusedTo(["otherBrandAdmin", "trainer"], (w) => ({ clientId: uuidv7(), conversationId: w.conversationId, tags: ["x"] })),
  "conversation:markRead": refusedTo(["otherBrandAdmin", "trainer"], (w) => ({ clientId: uuidv7(), conversationId: w.conversationId, seq: 0 })),
  "conversation:assignees": refusedTo(["otherBrandAdmin", "trainer"], conversationRef),
  "conversation:presence": refusedTo(["otherBrandAdmin", "trainer"], (w) => ({ conversationId: w.conversationId, state: "viewing" })),
  "timeline:append": refusedTo(["otherBrandAdmin", "trainer"], (w) => ({ clientId: uuidv7(), conversationId: w.conversationId, kind: "note", body: "x" })),
  "timeline:list": refusedTo(["otherBrandAdmin", "trainer"], conversationRef),
  "timeline:before": refusedTo(["otherBrandAdmin", "trainer"], (w) => ({ conversationId: w.conversationId, beforeSeq: 1 })),
  "inbox:list": [
    ...refusedTo(["trainer"], () => ({})),
    ...refusedTo(["otherBrandAdmin"], (w) => ({ filter: { brandIds: [w.brandId] } })),
    { as: "otherBrandAdmin", payload: () => ({ filter: { statuses: [] } }), expect: answersWithoutTheBrand },
  ],
  "inbox:counts": [...refusedTo(["trainer"], () => ({})), { as: "otherBrandAdmin", payload: () => ({}), expect: answersWithoutTheBrand }],
  "inbox:search": [
    ...refusedTo(["trainer"], () => ({ query: "Casey" })),
    ...refusedTo(["otherBrandAdmin"], (w) => ({ query: "Casey", filter: { brandIds: [w.brandId] } })),
    // the brand's contact is named Casey: the word matches there, and still nothing of it comes back
    { as: "otherBrandAdmin", payload: () => ({ query: "Casey" }), expect: answersWithoutTheBrand },
  ],
  "inbox:changes": [...refusedTo(["trainer"], longAgo), { as: "otherBrandAdmin", payload: longAgo, expect: answersWithoutTheBrand }],
  "contact:get": refusedTo(["otherBrandAdmin", "trainer"], (w) => ({ contactId: w.contactId })),
  "cannedReply:list": [
    ...refusedTo(["otherBrandAdmin"], (w) => ({ brandId: w.brandId })),
    // trainers prepare agents to use them, and canned replies hold no customer data
    { as: "trainer", payload: (w) => ({ brandId: w.brandId }), expect: (ack) => expect(ack.ok).toBe(true) },
  ],
  "user:list": [
    ...refusedTo(["agent", "trainer"], () => ({})),
    { as: "otherBrandAdmin", payload: () => ({}), expect: (ack, w) => expect(JSON.stringify(ack)).not.toContain(w.agentId) },
  ],
  "user:setDisabled": refusedTo(["otherBrandAdmin", "agent", "trainer"], (w) => ({ clientId: uuidv7(), userId: w.agentId, disabled: true })),
  "membership:set": refusedTo(["otherBrandAdmin", "agent", "trainer"], (w) => ({ clientId: uuidv7(), userId: w.agentId, brandId: w.brandId, role: null })),
  // the caller's own routing state: it names no brand and nobody else
  "agent:state": [{ as: "otherBrandAdmin", payload: () => ({}), expect: (ack, w) => expectOwnState(ack, w) }],
  // the caller's own status; a trainer takes no chats, so cannot be available for them
  "agent:setStatus": [
    ...refusedTo(["trainer"], () => ({ clientId: uuidv7(), status: "available" })),
    { as: "otherBrandAdmin", payload: () => ({ clientId: uuidv7(), status: "away", awayReason: "break" }), expect: (ack, w) => expectOwnState(ack, w) },
  ],
  "agent:setCapacity": refusedTo(["otherBrandAdmin", "agent", "trainer"], (w) => ({ clientId: uuidv7(), userId: w.agentId, capacity: 9 })),
  "queue:list": [
    { as: "otherBrandAdmin", payload: () => ({}), expect: answersWithoutTheBrand },
    // trainers see no customer data, and a queue is made of customers
    { as: "trainer", payload: () => ({}), expect: (ack) => expect(ack).toEqual({ ok: true, data: [] }) },
  ],
  "conversation:transfer": refusedTo(["otherBrandAdmin", "trainer"], (w) => ({ clientId: uuidv7(), conversationId: w.conversationId, toUserId: w.agentId, note: "" })),
};

function expectOwnState(ack: Ack<unknown>, w: World): void {
  expect(ack.ok).toBe(true);
  expect(JSON.stringify(ack)).not.toContain(w.agentId);
  expect(JSON.stringify(ack)).not.toContain(w.brandId);
}

const routeRows: Record<keyof typeof ROUTES, string> = {
  "/healthz": "public: says the process is alive, nothing else",
  "/readyz": "public: says whether the database is reachable, nothing else",
  "/api/session": "public: POST needs credentials, DELETE ends only the caller's own session",
  "/widget.js": "public: the widget's script, the same for every brand",
  "/demo": "public: a page per brand with what its own site shows anyway (name, colours, widget key)",
};

describe("access for every event and route", () => {
  let server: TestServer;
  let world: World;
  const sockets = {} as Record<Caller, TestSocket>;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    const brand = await aBrand(db, "Lumen");
    const other = await aBrand(db, "Harbor");
    const agent = await aUser(db, [{ brandId: brand.id, role: "agent" }], "Ana");
    const trainer = await aUser(db, [{ brandId: brand.id, role: "trainer" }], "Jo");
    const otherAdmin = await aUser(db, [{ brandId: other.id, role: "admin" }], "Olga");
    const conversation = await aConversation(db, brand.id);
    world = { brandId: brand.id, otherBrandId: other.id, conversationId: conversation.id, contactId: conversation.contactId, agentId: agent.id, secret: conversation.id };
    sockets.agent = await server.connect(await server.cookieFor(agent.email));
    sockets.trainer = await server.connect(await server.cookieFor(trainer.email));
    sockets.otherBrandAdmin = await server.connect(await server.cookieFor(otherAdmin.email));
  });
  afterAll(() => server.close());

  it("has a row for every event in the contract and a handler for every event", () => {
    expect(Object.keys(rows).sort()).toEqual(Object.keys(requests).sort());
    expect(Object.keys(handlerTable).sort()).toEqual(Object.keys(requests).sort());
    for (const [event, eventRows] of Object.entries(rows)) expect(eventRows.length, event).toBeGreaterThan(0);
  });

  it("has a row for every HTTP route", () => {
    expect(Object.keys(routeRows).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  for (const [event, eventRows] of Object.entries(rows) as [RequestName, Row[]][]) {
    for (const row of eventRows) {
      it(`${event} as ${row.as}: ${row.expect === "refused" ? "refused" : "answers without the brand's data"}`, async () => {
        const ack = await request(sockets[row.as], event, row.payload(world));
        if (row.expect === "refused") {
          expect(ack.ok).toBe(false);
          if (!ack.ok) expect(["forbidden", "not_found"]).toContain(ack.error.code);
          expect(JSON.stringify(ack)).not.toContain(world.secret);
        } else {
          row.expect(ack, world);
        }
      });
    }
  }

  it("left the brand's data untouched through all the refusals", async () => {
    const items = await server.database.db.query("SELECT 1 FROM timeline_items WHERE conversation_id = $1", [world.conversationId]);
    expect(items.rows).toEqual([]);
    const memberships = await server.database.db.query("SELECT role FROM brand_memberships WHERE user_id = $1", [world.agentId]);
    expect(memberships.rows).toEqual([{ role: "agent" }]);
    const agent = await server.database.db.query("SELECT chat_capacity FROM users WHERE id = $1", [world.agentId]);
    expect(agent.rows).toEqual([{ chat_capacity: 3 }]);
  });

  it("ends only the caller's own session on DELETE /api/session", async () => {
    const response = await fetch(`${server.app.url}/api/session`, { method: "DELETE", headers: { cookie: "sb_session=someone-elses-token" } });
    expect(response.status).toBe(200);
    expect(sockets.agent.connected).toBe(true);
  });
});
