import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, pendingMigrations } from "./migrate.ts";
import { aBrand, aConversation } from "../testing/fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing/testDatabase.ts";

// runs on PGlite, and on the Postgres server when DATABASE_URL is set (.ci/run does both)
describe(`migrations on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("leaves nothing pending and applies nothing the second time", async () => {
    expect(await pendingMigrations(database.db)).toBe(0);
    expect(await migrate(database.db)).toEqual([]);
  });

  it("creates the whole domain's tables", async () => {
    const tables = await database.db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.rows.map((t) => t.table_name)).toEqual([
      "actions", "app_secrets", "audit_log", "brand_memberships", "brands", "canned_replies", "contacts", "conversation_reads", "conversations", "dispositions",
      "kb_article_versions", "kb_articles", "schema_migrations", "script_versions", "scripts", "sessions", "sla_policies",
      "timeline_items", "users",
    ]);
  });

  it("indexes the inbox queries", async () => {
    const indexes = await database.db.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'conversations'");
    expect(indexes.rows.map((i) => i.indexname)).toEqual(
      expect.arrayContaining(["conversations_brand_status_activity", "conversations_open_activity", "conversations_open_assignee"]),
    );
  });

  it("enforces one seq per conversation and one item per client id", async () => {
    const constraints = await database.db.query<{ conname: string }>(
      "SELECT conname FROM pg_constraint WHERE conrelid = 'timeline_items'::regclass AND contype = 'u' ORDER BY conname",
    );
    expect(constraints.rows.map((c) => c.conname)).toEqual(["timeline_items_client_id_key", "timeline_items_conversation_id_seq_key"]);
  });

  it("puts a conversation's next deadline in attention_at: first response while unanswered, unless the chat has ended", async () => {
    const brand = await aBrand(database.db);
    const due = { first: new Date("2026-03-02T10:10:00Z"), resolution: new Date("2026-03-03T10:00:00Z") };
    const attentionOf = async (changes: string) => {
      const { id } = await aConversation(database.db, brand.id);
      const found = await database.db.query<{ attention_at: Date }>(
        `UPDATE conversations SET first_response_due_at = $2, resolution_due_at = $3${changes} WHERE id = $1 RETURNING attention_at`,
        [id, due.first, due.resolution],
      );
      return found.rows[0]!.attention_at;
    };
    expect(await attentionOf("")).toEqual(due.first);
    expect(await attentionOf(", first_responded_at = '2026-03-02T10:05:00Z'")).toEqual(due.resolution);
    expect(await attentionOf(", chat_ended_at = '2026-03-02T10:04:00Z', chat_ended_by = 'visitor'")).toEqual(due.resolution);
  });
});
