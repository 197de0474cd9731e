/**
 * A fresh, migrated database per test suite: in-memory PGlite by default, or a new database on the Postgres
 * server named by DATABASE_URL (dropped afterwards), so the same suites prove both engines. With dataDir (and no
 * DATABASE_URL), PGlite on disk in that folder, opened as the server opens DATA_DIR, for tests that read its files.
 */
import pg from "pg";
import { DEFAULT_CONFIG } from "../app/config.ts";
import { openDatabase } from "../app/database.ts";
import { openPglite, openPostgres, type Database } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";

export interface TestDatabase {
  db: Database;
  /** set on Postgres: the URL of this suite's own database, for child processes */
  url: string | null;
  drop(): Promise<void>;
}

export async function createTestDatabase(options: { dataDir?: string } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl && options.dataDir) {
    const opened = await openDatabase({ ...DEFAULT_CONFIG, DATABASE_URL: undefined, DATA_DIR: options.dataDir });
    await migrate(opened.db);
    return { db: opened.db, url: null, drop: () => opened.close() };
  }
  if (!serverUrl) {
    const db = await openPglite(undefined);
    await migrate(db);
    return { db, url: null, drop: () => db.close() };
  }
  const name = `sb_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 5);
  await migrate(db);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      // the pool's end() resolves once its clients are told to end, not once they have: a backend killed by FORCE
      // before its client is gone makes that client emit an error nobody listens to any more
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline) {
        const open = await cleanup.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
        if (open.rows[0]!.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
