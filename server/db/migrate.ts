/**
 * Applies server/db/migrations/*.sql in name order, each once, each in its own transaction.
 * An advisory lock makes concurrent starts against one Postgres server take turns instead of racing.
 */
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Database } from "./client.ts";

const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations/", import.meta.url));
// any fixed bigint works; it only has to be the same in every Switchboard process
const LOCK_KEY = 5_731_205;

export async function migrate(db: Database): Promise<string[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith(".sql")).sort();
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
    await tx.query("CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
  });
  for (const name of files) {
    const sql = await readFile(MIGRATIONS_DIR + name, "utf8");
    await db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
      const done = await tx.query("SELECT 1 FROM schema_migrations WHERE name = $1", [name]);
      if (done.rows.length > 0) return;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (name) VALUES ($1)", [name]);
      applied.push(name);
    });
  }
  return applied;
}

export async function pendingMigrations(db: Database): Promise<number> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith(".sql"));
  const rows = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM schema_migrations").catch(() => ({ rows: [{ n: 0 }] }));
  return files.length - (rows.rows[0]?.n ?? 0);
}

/** Migration files hold plain DDL: statements end with ";" at a line end, with no functions or quoted semicolons. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter((s) => s.length > 0);
}
