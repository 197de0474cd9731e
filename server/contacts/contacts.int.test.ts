import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Queryable } from "../db/client.ts";
import { aBrand, aConversation, aUser } from "../testing/fixtures.ts";
import { request, startTestServer, type TestServer, type TestSocket } from "../testing/testServer.ts";

async function aCannedReply(db: Queryable, brandId: string, shortcut: string): Promise<string> {
  const id = uuidv7();
  await db.query(
    "INSERT INTO canned_replies (id, brand_id, shortcut, title, body, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, now(), now())",
    [id, brandId, shortcut, `Title ${shortcut}`, `Hello {{contact.first_name}}, ${shortcut}`],
  );
  return id;
}

describe("contact:get and cannedReply:list", () => {
  let server: TestServer;
  let db: Queryable;
  let lumen: string;
  let threadline: string;
  const sockets = {} as Record<"agent" | "trainer" | "outsider", TestSocket>;

  beforeAll(async () => {
    server = await startTestServer();
    db = server.database.db;
    lumen = (await aBrand(db, "Lumen")).id;
    threadline = (await aBrand(db, "Threadline")).id;
    const users = {
      agent: await aUser(db, [{ brandId: lumen, role: "agent" }], "Ana"),
      trainer: await aUser(db, [{ brandId: lumen, role: "trainer" }], "Jo"),
      outsider: await aUser(db, [{ brandId: threadline, role: "admin" }], "Olga"),
    };
    for (const [role, user] of Object.entries(users)) sockets[role as keyof typeof users] = await server.connect(await server.cookieFor(user.email));
  });
  afterAll(() => server.close());

  it("gives the contact with their latest 20 conversations with the brand, any channel, newest first", async () => {
    const first = await aConversation(db, lumen, "email", { contactName: "Priyanka Sharma", subject: "Router", lastActivityAt: new Date("2026-01-01T00:00:00Z") });
    const channels = ["chat", "phone", "email"] as const;
    const later = [];
    for (let i = 1; i <= 21; i++) {
      const at = new Date(Date.parse("2026-01-01T00:00:00Z") + i * 3_600_000);
      later.push((await aConversation(db, lumen, channels[i % 3], { contactId: first.contactId, lastActivityAt: at, status: i % 2 ? "resolved" : "open" })).id);
    }
    await aConversation(db, lumen, "chat", { contactName: "Someone Else" });

    const ack = await request(sockets.agent, "contact:get", { contactId: first.contactId });
    expect(ack).toMatchObject({ ok: true, data: { id: first.contactId, brandId: lumen, name: "Priyanka Sharma", phone: null, timeZone: null } });
    if (!ack.ok) return;
    expect(ack.data.email).toMatch(/@customer\.example$/);
    expect(ack.data.conversations.map((c) => c.id)).toEqual(later.slice(-20).reverse());
    expect(ack.data.conversations[0]).toEqual({
      id: later[20],
      channel: "chat",
      subject: null,
      status: "resolved",
      lastPreview: "",
      lastActivityAt: "2026-01-01T21:00:00.000Z",
    });
  });

  it("answers not_found for a contact of another brand, for a trainer, and for an id that does not exist", async () => {
    const { contactId } = await aConversation(db, lumen, "chat", { contactName: "Private Person" });
    for (const [socket, id] of [
      [sockets.outsider, contactId],
      [sockets.trainer, contactId],
      [sockets.agent, uuidv7()],
    ] as const) {
      const ack = await request(socket, "contact:get", { contactId: id });
      expect(ack).toMatchObject({ ok: false, error: { code: "not_found" } });
      expect(JSON.stringify(ack)).not.toContain("Private Person");
    }
  });

  it("lists a brand's canned replies by shortcut to its agents and trainers, and to nobody else", async () => {
    const thanks = await aCannedReply(db, lumen, "thanks");
    const apology = await aCannedReply(db, lumen, "apology");
    const theirs = await aCannedReply(db, threadline, "greeting");
    for (const socket of [sockets.agent, sockets.trainer]) {
      const ack = await request(socket, "cannedReply:list", { brandId: lumen });
      expect(ack.ok && ack.data.map((r) => r.id)).toEqual([apology, thanks]);
    }
    const own = await request(sockets.outsider, "cannedReply:list", { brandId: threadline });
    expect(own).toEqual({ ok: true, data: [{ id: theirs, brandId: threadline, shortcut: "greeting", title: "Title greeting", body: "Hello {{contact.first_name}}, greeting" }] });
    const refused = await request(sockets.outsider, "cannedReply:list", { brandId: lumen });
    expect(refused).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(JSON.stringify(refused)).not.toContain(thanks);
  });
});
