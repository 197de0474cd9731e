/**
 * One database interface over the two engines: embedded PGlite (no configuration) or a Postgres server
 * (DATABASE_URL). Same SQL, same migrations; callers never know which one they hold.
 */
import pg from "pg";
import { PgliteThread } from "./pgliteThread.ts";

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

export interface Database extends Queryable {
  readonly engine: "pglite" | "postgres";
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements at once (migrations, seeds). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface PgliteDatabase extends Database {
  /** Writes the data directory as a tarball that openPglite can start from (options.image). */
  dump(path: string): Promise<void>;
}

/**
 * dataDir undefined means in memory (tests). PGlite runs on a worker thread (pgliteThread.ts), so its
 * statements never block the event loop that relays chat; the worker holds each transaction open.
 * options.image: a tarball from dump() to start from instead of an empty database.
 */
export async function openPglite(dataDir: string | undefined, options: { image?: string } = {}): Promise<PgliteDatabase> {
  const thread = await PgliteThread.start(dataDir, options.image);
  return {
    engine: "pglite",
    query: (sql, params) => thread.query(sql, params, undefined) as never,
    transaction: async (fn) => {
      const tx = await thread.begin();
      let result;
      try {
        result = await fn({ query: (sql, params) => thread.query(sql, params, tx) as never });
      } catch (error) {
        // the caller needs fn's error, not a failed rollback's (a crashed worker has no transaction left)
        await thread.rollback(tx).catch(() => undefined);
        throw error;
      }
      await thread.commit(tx);
      return result;
    },
    exec: (sql) => thread.exec(sql),
    dump: (path) => thread.dump(path),
    close: () => thread.close(),
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // bigint columns (seq) come back as JS numbers on both engines; seqs stay far below 2^53
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  await pool.query("SELECT 1");
  return {
    engine: "postgres",
    query: (sql, params) => pool.query(sql, params) as never,
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({ query: (sql, params) => client.query(sql, params) as never });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
