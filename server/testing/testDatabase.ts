/**
 * A fresh, migrated database per test suite: in-memory PGlite by default, or a new database on the Postgres
 * server named by DATABASE_URL (dropped afterwards), so the same suites prove both engines. Each is a copy of one
 * database migrated once per set of migrations (migratedDatabase.ts), not migrated again. With dataDir (and no
 * DATABASE_URL), PGlite on disk in that folder, opened as the server opens DATA_DIR, for tests that read its files.
 */
import pg from "pg";
import { DEFAULT_CONFIG } from "../app/config.ts";
import { openDatabase } from "../app/database.ts";
import { openPglite, openPostgres, type Database } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { createFromTemplate, migratedImage, waitUntilNobodyIsIn } from "./migratedDatabase.ts";

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
    const db = await openPglite(undefined, { image: await migratedImage() });
    return { db, url: null, drop: () => db.close() };
  }
  const name = `sb_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await createFromTemplate(serverUrl, name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 5);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      // a backend killed by FORCE before its client is gone makes that client emit an error nobody listens to any more
      await waitUntilNobodyIsIn(cleanup, name);
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
