import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBrand, aConversation, aUser } from "../testing/fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing/testDatabase.ts";
import { insertInboundMessages, type InboundMessage } from "./insertInboundMessages.ts";

const AT = new Date("2026-03-02T10:00:00Z");

function message(conversationId: string, body: string, at = AT): InboundMessage {
  return { id: uuidv7(), conversationId, clientId: uuidv7(), body, preview: body, at };
}

describe("insertInboundMessages", () => {
  let database: TestDatabase;
  let brandId: string;
  let agentId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    brandId = (await aBrand(database.db, "Lumen")).id;
    agentId = (await aUser(database.db, [{ brandId, role: "agent" }])).id;
  });

  afterAll(() => database.drop());

  const conversationRow = async (id: string) =>
    (
      await database.db.query<{ last_seq: string; last_preview: string; last_activity_at: Date; version: number }>(
        "SELECT last_seq, last_preview, last_activity_at, version FROM conversations WHERE id = $1",
        [id],
      )
    ).rows[0]!;

  it("numbers each conversation's messages in arrival order and moves each conversation once", async () => {
    const first = await aConversation(database.db, brandId, "chat", { assigneeId: agentId });
    const second = await aConversation(database.db, brandId, "chat");
    const later = new Date(AT.getTime() + 1_000);
    const batch = [message(first.id, "one"), message(second.id, "alpha"), message(first.id, "two", later)];

    const stored = await insertInboundMessages(database.db, batch);

    expect(stored.map((s) => [s.item.conversationId, s.item.seq, s.item.body])).toEqual([
      [first.id, 1, "one"],
      [second.id, 1, "alpha"],
      [first.id, 2, "two"],
    ]);
    expect(stored.map((s) => s.conversation.assigneeId)).toEqual([agentId, null, agentId]);
    // each message carries its conversation as the batch left it, names included
    expect(stored[0]!.conversation).toMatchObject({ id: first.id, lastSeq: 2, lastPreview: "two", contactName: "Casey Customer", version: 2 });
    expect(stored[0]!.conversation.assigneeName).toEqual(expect.any(String));
    expect(stored[0]!.conversation.lastActivityAt).toBe(later.toISOString());
    expect(stored.every((s) => s.item.kind === "message" && s.item.direction === "inbound" && s.item.authorType === "contact")).toBe(true);
    expect(stored[2]!.item.authorContactId).toBe(first.contactId);
    const row = await conversationRow(first.id);
    expect(Number(row.last_seq)).toBe(2);
    expect(row.last_preview).toBe("two");
    expect(row.last_activity_at).toEqual(later);
    expect(row.version).toBe(2);
  });

  it("skips a clientId stored before, and stores the rest of its batch", async () => {
    const conversation = await aConversation(database.db, brandId);
    const original = message(conversation.id, "hello");
    await insertInboundMessages(database.db, [original]);

    const repeat = { ...original, id: uuidv7() };
    const stored = await insertInboundMessages(database.db, [repeat, message(conversation.id, "are you there?")]);

    expect(stored.map((s) => [s.item.seq, s.item.body])).toEqual([[2, "are you there?"]]);
    const items = await database.db.query("SELECT 1 FROM timeline_items WHERE client_id = $1", [original.clientId]);
    expect(items.rows).toHaveLength(1);
  });

  it("takes nothing for a chat that has ended", async () => {
    const conversation = await aConversation(database.db, brandId);
    await database.db.query("UPDATE conversations SET chat_ended_at = $2, chat_ended_by = 'visitor' WHERE id = $1", [conversation.id, AT]);

    expect(await insertInboundMessages(database.db, [message(conversation.id, "one more thing")])).toEqual([]);
    expect(Number((await conversationRow(conversation.id)).last_seq)).toBe(0);
  });

  it("writes a batch of hundreds across many conversations, each message once", async () => {
    const conversations: { id: string }[] = [];
    for (let i = 0; i < 40; i++) conversations.push(await aConversation(database.db, brandId, "chat", { assigneeId: i % 2 ? agentId : undefined }));
    const batch = Array.from({ length: 400 }, (_, i) => message(conversations[i % 40]!.id, `message ${i}`));

    const stored = await insertInboundMessages(database.db, batch);

    expect(stored).toHaveLength(400);
    expect(new Set(stored.map((s) => s.item.clientId)).size).toBe(400);
    for (const [index, conversation] of conversations.entries()) {
      const mine = stored.filter((s) => s.item.conversationId === conversation.id);
      expect(mine.map((s) => s.item.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
      expect(mine.every((s) => s.conversation.assigneeId === (index % 2 ? agentId : null))).toBe(true);
    }
  });
});
