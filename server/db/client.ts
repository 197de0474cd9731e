/**
 * One database interface over the two engines: embedded PGlite (no configuration) or a Postgres server
 * (DATABASE_URL). Same SQL, same migrations; callers never know which one they hold.
 */
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

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

/** dataDir undefined means in memory (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return {
    engine: "pglite",
    query: (sql, params) => db.query(sql, params as unknown[]) as never,
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params as unknown[]) as never })),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: () => db.close(),
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
