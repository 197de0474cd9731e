import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBrand, aConversation } from "../testing/fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing/testDatabase.ts";
import { createMessageBatcher } from "./messageBatcher.ts";

const AT = new Date("2026-03-02T10:00:00Z");

describe("message batcher (group commit)", () => {
  let database: TestDatabase;
  let brandId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    brandId = (await aBrand(database.db, "Lumen")).id;
  });

  afterAll(() => database.drop());

  const input = (conversationId: string, body: string, clientId = uuidv7()) => ({ conversationId, clientId, body, preview: body, at: AT });
  const transactionsOf = async (clientIds: string[]) =>
    new Set((await database.db.query<{ tx: string }>("SELECT xmin::text AS tx FROM timeline_items WHERE client_id = ANY($1::uuid[])", [clientIds])).rows.map((r) => r.tx));

  it("writes the messages that arrive together in one transaction, and answers each with its own item", async () => {
    const batcher = createMessageBatcher(database.db);
    const conversations = await Promise.all([aConversation(database.db, brandId), aConversation(database.db, brandId)]);
    const inputs = Array.from({ length: 12 }, (_, i) => input(conversations[i % 2]!.id, `message ${i}`));

    const committed = await Promise.all(inputs.map((message) => batcher.add(message)));

    expect(committed.map((c) => c.item.body)).toEqual(inputs.map((m) => m.body));
    expect(committed.every((c) => c.conversation?.id === c.item.conversationId)).toBe(true);
    expect(committed.filter((c) => c.item.conversationId === conversations[0]!.id).map((c) => c.item.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    // the first message goes alone; all that arrived while it committed share the next transaction
    expect((await transactionsOf(inputs.map((m) => m.clientId))).size).toBeLessThanOrEqual(2);
  });

  it("answers a retry that arrives while its first try waits with the same item, stored once", async () => {
    const batcher = createMessageBatcher(database.db);
    const conversation = await aConversation(database.db, brandId);
    const message = input(conversation.id, "hello?");

    const [first, retry] = await Promise.all([batcher.add(message), batcher.add(message)]);

    expect(retry.item).toEqual(first.item);
    expect((await database.db.query("SELECT 1 FROM timeline_items WHERE client_id = $1", [message.clientId])).rows).toHaveLength(1);
  });

  it("answers a retry after the commit from the stored row, as a repeat", async () => {
    const batcher = createMessageBatcher(database.db);
    const conversation = await aConversation(database.db, brandId);
    const message = input(conversation.id, "hello again");
    const first = await batcher.add(message);

    const retry = await batcher.add(message);

    expect(retry).toMatchObject({ conversation: null, item: { id: first.item.id, seq: first.item.seq } });
  });

  it("refuses a message to an ended chat, and a clientId used for another conversation, without failing the batch", async () => {
    const batcher = createMessageBatcher(database.db);
    const [ended, open] = await Promise.all([aConversation(database.db, brandId), aConversation(database.db, brandId)]);
    await database.db.query("UPDATE conversations SET chat_ended_at = $2, chat_ended_by = 'agent' WHERE id = $1", [ended.id, AT]);
    const used = await batcher.add(input(open.id, "first"));

    const outcomes = await Promise.allSettled([
      batcher.add(input(ended.id, "anyone?")),
      batcher.add(input(ended.id, "reused", used.item.clientId)),
      batcher.add(input(open.id, "still here")),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected", "fulfilled"]);
    expect((outcomes[0] as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
  });
});
