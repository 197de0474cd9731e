/**
 * For every event of the widget namespace: a visitor reaches their own chat and nothing else. A visitor with no
 * chat, and a visitor of another brand's widget holding this brand's token, get a refusal or an answer that names
 * nothing of the chat. An event added to the widget contract without a row here fails.
 */
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ack } from "../../shared/contract/define.ts";
import { widgetRequests, type WidgetRequestName } from "../../shared/contract/widget.ts";
import { aChatBrand, aUser } from "../testing/fixtures.ts";
import { request, startTestServer, type TestServer } from "../testing/testServer.ts";
import { connectVisitor, visitorRequest, type VisitorTestSocket } from "../testing/visitorClient.ts";

type Stranger = "noChat" | "otherBrandWithToken";
interface Row {
  as: Stranger;
  payload: () => unknown;
  /** refused: an error naming nothing of the chat; or a check of a permitted answer */
  expect: "refused" | ((ack: Ack<unknown>) => void);
}

let secret = "";
const refusedTo = (strangers: Stranger[], payload: () => unknown): Row[] => strangers.map((as) => ({ as, payload, expect: "refused" }));
const withoutTheChat = (ack: Ack<unknown>) => {
  expect(ack.ok).toBe(true);
  expect(JSON.stringify(ack)).not.toContain(secret);
};
const both: Stranger[] = ["noChat", "otherBrandWithToken"];

const rows: Record<WidgetRequestName, Row[]> = {
  "widget:hello": both.map((as) => ({ as, payload: () => ({}), expect: withoutTheChat })),
  "chat:history": refusedTo(both, () => ({ afterSeq: 0 })),
  "chat:send": refusedTo(both, () => ({ clientId: uuidv7(), body: "let me in" })),
  "chat:typing": refusedTo(both, () => ({ typing: true })),
  "chat:read": refusedTo(both, () => ({ seq: 99 })),
  "chat:end": refusedTo(both, () => ({ clientId: uuidv7() })),
  "chat:rate": refusedTo(both, () => ({ clientId: uuidv7(), score: 1, comment: "" })),
  // both start chats of their own brand (or take a message): never this chat
  "chat:start": both.map((as) => ({ as, payload: () => ({ clientId: uuidv7(), body: "hello", name: "Mallory" }), expect: withoutTheChat })),
  "chat:leaveMessage": both.map((as) => ({ as, payload: () => ({ clientId: uuidv7(), email: "m@example.com", body: "hi" }), expect: withoutTheChat })),
};

describe("widget access for every event", () => {
  let server: TestServer;
  const visitors = {} as Record<Stranger, VisitorTestSocket>;
  let conversationId = "";

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    const brand = await aChatBrand(db, "Lumen");
    const other = await aChatBrand(db, "Harbor");
    for (const b of [brand, other]) {
      const agent = await aUser(db, [{ brandId: b.id, role: "agent" }], "Agent");
      const socket = await server.connect(await server.cookieFor(agent.email));
      await request(socket, "agent:setStatus", { clientId: uuidv7(), status: "available" });
    }
    const owner = await connectVisitor(server.app.url, brand.widgetKey);
    const started = await visitorRequest(owner, "chat:start", { clientId: uuidv7(), body: "my private problem" });
    if (!started.ok) throw new Error(started.error.message);
    conversationId = started.data.chat.conversationId;
    secret = conversationId;
    visitors.noChat = await connectVisitor(server.app.url, brand.widgetKey);
    visitors.otherBrandWithToken = await connectVisitor(server.app.url, other.widgetKey, { visitorToken: started.data.visitorToken });
  });
  afterAll(() => server.close());

  it("has a row for every event of the widget contract", () => {
    expect(Object.keys(rows).sort()).toEqual(Object.keys(widgetRequests).sort());
  });

  for (const [event, eventRows] of Object.entries(rows) as [WidgetRequestName, Row[]][]) {
    for (const row of eventRows) {
      it(`${event} as ${row.as}: ${row.expect === "refused" ? "refused" : "answers without the chat"}`, async () => {
        const ack = await visitorRequest(visitors[row.as], event, row.payload());
        if (row.expect === "refused") {
          expect(ack.ok).toBe(false);
          expect(JSON.stringify(ack)).not.toContain(secret);
        } else {
          row.expect(ack);
        }
      });
    }
  }

  it("left the chat untouched through all of it", async () => {
    const items = await server.database.db.query<{ body: string; author_type: string }>(
      "SELECT body, author_type FROM timeline_items WHERE conversation_id = $1 ORDER BY seq",
      [conversationId],
    );
    // routing's "joined" item is the system's; nothing else was added
    expect(items.rows.filter((r) => r.author_type !== "system").map((r) => r.body)).toEqual(["my private problem"]);
    const conversation = await server.database.db.query("SELECT chat_ended_at, csat_score, visitor_read_seq FROM conversations WHERE id = $1", [conversationId]);
    expect(conversation.rows).toEqual([{ chat_ended_at: null, csat_score: null, visitor_read_seq: 0 }]);
  });
});
