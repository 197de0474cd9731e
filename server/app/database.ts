import { join, resolve } from "node:path";
import { openPglite, openPostgres, type Database } from "../db/client.ts";
import type { Config } from "./config.ts";
import { lockDataDir, type DataDirLock } from "./dataDirLock.ts";

export interface OpenedDatabase {
  db: Database;
  /** where the data lives, for the start banner */
  location: string;
  close(): Promise<void>;
}

/** A Postgres server with DATABASE_URL; otherwise embedded PGlite in DATA_DIR, held under an exclusive lock. */
export async function openDatabase(config: Config): Promise<OpenedDatabase> {
  if (config.DATABASE_URL) {
    const db = await openPostgres(config.DATABASE_URL);
    return { db, location: new URL(config.DATABASE_URL).host, close: () => db.close() };
  }
  const dataDir = resolve(config.DATA_DIR);
  const lock: DataDirLock = lockDataDir(dataDir);
  try {
    const db = await openPglite(join(dataDir, "pglite"));
    return {
      db,
      location: dataDir,
      close: async () => {
        await db.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
