import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBrand, aConversation, aUser } from "../testing/fixtures.ts";
import { request, startTestServer, type TestServer, type TestSocket } from "../testing/testServer.ts";

describe("inbox:changes — catching up after a reconnect", () => {
  let server: TestServer;
  let lumen: string;
  let threadline: string;
  let ana: TestSocket;

  const changes = async (since: string, limit?: number) => {
    const ack = await request(ana, "inbox:changes", { since, limit });
    if (!ack.ok) throw new Error(`${ack.error.code}: ${ack.error.message}`);
    return { ids: ack.data.rows.map((row) => row.id), until: ack.data.until, complete: ack.data.complete, rows: ack.data.rows };
  };
  const setUpdatedAt = (ids: string[], at: string) => server.database.db.query("UPDATE conversations SET updated_at = $2 WHERE id = ANY($1)", [ids, at]);

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    lumen = (await aBrand(db, "Lumen")).id;
    threadline = (await aBrand(db, "Threadline")).id;
    const agent = await aUser(db, [{ brandId: lumen, role: "agent" }], "Ana");
    ana = await server.connect(await server.cookieFor(agent.email));
  });
  afterAll(() => server.close());

  it("returns what changed since an instant, oldest change first, with the instant to continue from", async () => {
    server.clock.set(new Date("2026-04-01T10:00:00.000Z"));
    const quiet = await aConversation(server.database.db, lumen);
    const first = await aConversation(server.database.db, lumen);
    const second = await aConversation(server.database.db, lumen);
    const elsewhere = await aConversation(server.database.db, threadline);
    const since = "2026-04-01T09:59:59.000Z";
    for (const [conversation, at] of [[second, "2026-04-01T10:00:01.000Z"], [first, "2026-04-01T10:00:02.500Z"]] as const) {
      server.clock.set(new Date(at));
      expect((await request(ana, "timeline:append", { clientId: uuidv7(), conversationId: conversation.id, kind: "note", body: "noted" })).ok).toBe(true);
    }
    await setUpdatedAt([elsewhere.id], "2026-04-01T10:00:03.000Z");

    const caughtUp = await changes(since);
    expect(caughtUp).toMatchObject({ ids: [second.id, first.id], until: "2026-04-01T10:00:02.500Z", complete: true });
    expect(caughtUp.rows[1]).toMatchObject({ lastSeq: 1, lastReadSeq: 0 });
    expect(caughtUp.ids).not.toContain(quiet.id);
    expect(await changes(caughtUp.until)).toEqual({ ids: [], until: caughtUp.until, complete: true, rows: [] });
  });

  it("pages through many changes without losing the ones that share a millisecond", async () => {
    const made = [];
    for (let i = 0; i < 7; i++) made.push((await aConversation(server.database.db, lumen)).id);
    const sorted = [...made].sort();
    // three changes in one millisecond straddle the end of the first page of two
    await setUpdatedAt(sorted.slice(0, 1), "2026-05-01T00:00:00.001Z");
    await setUpdatedAt(sorted.slice(1, 4), "2026-05-01T00:00:00.002Z");
    await setUpdatedAt(sorted.slice(4), "2026-05-01T00:00:00.003Z");
    const seen: string[] = [];
    let since = "2026-05-01T00:00:00.000Z";
    for (let calls = 0; calls < 10; calls++) {
      const page = await changes(since, 2);
      seen.push(...page.ids);
      since = page.until;
      if (page.complete) break;
    }
    expect(seen).toEqual(sorted);
  });

  it("returns a whole millisecond at once when more changed in it than a page holds", async () => {
    const made = [];
    for (let i = 0; i < 4; i++) made.push((await aConversation(server.database.db, lumen)).id);
    await setUpdatedAt(made, "2026-06-01T00:00:00.007Z");
    const page = await changes("2026-06-01T00:00:00.000Z", 2);
    expect(page).toMatchObject({ until: "2026-06-01T00:00:00.007Z", complete: false });
    expect(page.ids).toEqual([...made].sort());
    expect(await changes(page.until, 2)).toMatchObject({ ids: [], complete: true });
  });
});
