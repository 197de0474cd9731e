import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestInput } from "../../shared/contract/index.ts";
import type { Queryable } from "../db/client.ts";
import { aBrand, aConversation, aUser, type ConversationOptions } from "../testing/fixtures.ts";
import { request, startTestServer, type TestServer, type TestSocket } from "../testing/testServer.ts";

const BASE = Date.parse("2026-03-01T08:00:00Z");
const minutes = (n: number) => new Date(BASE + n * 60_000);

/** A customer message, written as the channel adapters will, so that its text is searchable. */
async function aMessage(db: Queryable, conversationId: string, body: string, seq: number): Promise<void> {
  await db.query(
    `INSERT INTO timeline_items (id, conversation_id, brand_id, seq, client_id, kind, direction, author_type, body, created_at)
     SELECT $1, c.id, c.brand_id, $3, $4, 'message', 'inbound', 'contact', $2, c.last_activity_at FROM conversations c WHERE c.id = $5`,
    [uuidv7(), body, seq, uuidv7(), conversationId],
  );
  await db.query("UPDATE conversations SET last_seq = greatest(last_seq, $2) WHERE id = $1", [conversationId, seq]);
}

describe("inbox:search", () => {
  let server: TestServer;
  let db: Queryable;
  let lumen: string;
  let harbor: string;
  let threadline: string;
  let ana: TestSocket;

  const search = async (payload: RequestInput<"inbox:search">) => {
    const ack = await request(ana, "inbox:search", payload);
    if (!ack.ok) throw new Error(`${ack.error.code}: ${ack.error.message}`);
    expect(ack.data.nextCursor).toBeNull();
    return ack.data.rows.map((row) => row.id);
  };
  const conversation = (brandId: string, minute: number, options: ConversationOptions = {}) =>
    aConversation(db, brandId, "email", { lastActivityAt: minutes(minute), ...options }).then((c) => c.id);

  beforeAll(async () => {
    server = await startTestServer();
    db = server.database.db;
    lumen = (await aBrand(db, "Lumen")).id;
    harbor = (await aBrand(db, "Harbor")).id;
    threadline = (await aBrand(db, "Threadline")).id;
    const agent = await aUser(db, [{ brandId: lumen, role: "agent" }, { brandId: harbor, role: "agent" }], "Ana");
    ana = await server.connect(await server.cookieFor(agent.email));
  });
  afterAll(() => server.close());

  it("finds by contact name, subject and message text, and never another brand's conversation with the same words", async () => {
    const byName = await conversation(lumen, 10, { contactName: "Priyanka Sharma" });
    const bySubject = await conversation(harbor, 11, { subject: "Windscreen claim for the blue hatchback" });
    const byMessage = await conversation(lumen, 12);
    await aMessage(db, byMessage, "The invoice shows a duplicate charge for March", 1);
    const elsewhere = await conversation(threadline, 13, { contactName: "Priyanka Sharma", subject: "Windscreen claim" });
    await aMessage(db, elsewhere, "A duplicate charge again", 1);

    expect(await search({ query: "Priyanka" })).toEqual([byName]);
    expect(await search({ query: "sharma priyanka" })).toEqual([byName]);
    expect(await search({ query: "windscreen claims" })).toEqual([bySubject]);
    // stemmed: "charged" and "duplicates" find "duplicate charge"
    expect(await search({ query: "duplicates charged" })).toEqual([byMessage]);
    expect(await search({ query: "casey.nobody@customer.example" })).toEqual([]);
  });

  it("orders results by last activity and applies the filter", async () => {
    const older = await conversation(lumen, 20, { subject: "Fibre outage in Leeds", status: "resolved" });
    const newer = await conversation(harbor, 22, { subject: "Outage notice" });
    const newest = await conversation(lumen, 24, { subject: "Another outage" });
    expect(await search({ query: "outage" })).toEqual([newest, newer, older]);
    expect(await search({ query: "outage", limit: 2 })).toEqual([newest, newer]);
    expect(await search({ query: "outage", filter: { statuses: ["resolved"] } })).toEqual([older]);
    expect(await search({ query: "outage", filter: { brandIds: [lumen], statuses: [] } })).toEqual([newest, older]);
    expect(await search({ query: "outage", filter: { statuses: ["open"], brandIds: [harbor] } })).toEqual([newer]);
  });

  it("finds a match far down the history and in old conversations, beyond the newest ones it checks first", async () => {
    const old = await conversation(lumen, 30);
    await aMessage(db, old, "Parcel reference ZX81 never arrived", 1);
    const busy = await conversation(lumen, 31);
    await aMessage(db, busy, "Tracking number QL42 please", 1);
    for (let seq = 2; seq <= 12; seq++) await aMessage(db, busy, `Follow-up ${seq}`, seq);
    for (let i = 0; i < 12; i++) await conversation(harbor, 40 + i, { subject: `Unrelated question ${i}` });
    expect(await search({ query: "zx81", limit: 3 })).toEqual([old]);
    expect(await search({ query: "ql42", limit: 3 })).toEqual([busy]);
  });

  it("returns the newest matches of a common word, one page of them", async () => {
    const matching: string[] = [];
    for (let i = 0; i < 30; i++) matching.push(await conversation(i % 2 ? lumen : harbor, 100 + i, { subject: `Order ${i} delayed` }));
    await conversation(threadline, 200, { subject: "Order delayed" });
    expect(await search({ query: "order", limit: 5 })).toEqual(matching.slice(-5).reverse());
    expect(await search({ query: "delayed order", limit: 100 })).toEqual([...matching].reverse());
  });

  it("searches every status unless the filter names some, also when it names only a brand", async () => {
    const resolved = await conversation(lumen, 500, { status: "resolved", subject: "Quixotic refund settled" });
    expect(await search({ query: "quixotic", filter: { brandIds: [lumen as never] } })).toEqual([resolved]);
    expect(await search({ query: "quixotic", filter: { statuses: ["open"] } })).toEqual([]);
  });

  it("refuses a search naming a brand outside the caller's", async () => {
    for (const brandIds of [[threadline], [lumen, threadline]]) {
      const ack = await request(ana, "inbox:search", { query: "Priyanka", filter: { brandIds } });
      expect(ack).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(JSON.stringify(ack)).not.toContain("Priyanka");
    }
  });

  it("treats the query as words, not as search syntax it could break", async () => {
    for (const query of ["(", "a & | !", "'; DROP TABLE conversations; --", "the"]) {
      expect(await search({ query })).toEqual([]);
    }
  });
});
