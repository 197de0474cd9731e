/**
 * A fresh, empty database on a PostgreSQL server for one benchmark, as server/testing/testDatabase.ts makes one per
 * test suite: created beside the server's other databases under a name of its own, and dropped at the end whoever is
 * still connected to it. What goes into it (migrations, seed) is the benchmark's business.
 */
import pg from "pg";

export interface PostgresDatabase {
  /** the server's URL with this database's name, for the seed and for the server process's DATABASE_URL */
  url: string;
  drop(): Promise<void>;
}

/** How long drop() waits for closed pools' backends to go before it ends them itself. */
const DISCONNECT_WAIT_MS = 5_000;

export async function createPostgresDatabase(serverUrl: string, prefix: string): Promise<PostgresDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await onServer(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      onServer(serverUrl, async (admin) => {
        // a pool's end() resolves before its backends have gone: one ended by FORCE while its client is still open
        // sends that client an error nobody listens to any more, which ends this process
        const deadline = Date.now() + DISCONNECT_WAIT_MS;
        while (Date.now() < deadline) {
          const open = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
          if (open.rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}

async function onServer(serverUrl: string, fn: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await fn(admin);
  } finally {
    await admin.end();
  }
}
