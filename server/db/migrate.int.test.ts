import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, pendingMigrations } from "./migrate.ts";
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
});
