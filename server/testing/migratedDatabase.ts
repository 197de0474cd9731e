/**
 * One migrated database per set of migrations, copied for each test suite instead of migrated again: on PGlite a
 * tarball of the data directory cached under node_modules/.cache/ (a fresh PGlite runs initdb, which took ~45 s
 * on a loaded two-core machine; loading the tarball ~7 s), on a Postgres server a template database that each
 * suite's database is created from. Both are named by a hash of the migrations, the migration runner and the
 * PGlite version, so a changed migration builds a new one and nothing stale is ever used.
 *
 * vitest.config.ts builds it in a globalSetup before any suite starts; a suite run some other way builds it on
 * first use (two processes doing so at once each write a whole file and rename it into place).
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { openPglite, openPostgres } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";

const MIGRATIONS_DIR = fileURLToPath(new URL("../db/migrations/", import.meta.url));
const MIGRATE_SOURCE = fileURLToPath(new URL("../db/migrate.ts", import.meta.url));
// the package exports no package.json; its data directory's format follows its Postgres version
const PGLITE_PACKAGE = fileURLToPath(new URL("../../node_modules/@electric-sql/pglite/package.json", import.meta.url));
const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/switchboard-test-db/", import.meta.url));
const TEMPLATE_PREFIX = "sb_test_template_";
// any fixed bigint works: it only has to be the same in every test process building or copying the template
const TEMPLATE_LOCK = 5_731_206;

/** The path of a tarball of a migrated PGlite, for openPglite(…, { image }). */
export async function migratedImage(): Promise<string> {
  const path = `${CACHE_DIR}${await migrationsHash()}.tar`;
  if (await exists(path)) return path;
  await mkdir(CACHE_DIR, { recursive: true });
  const db = await openPglite(undefined);
  try {
    await migrate(db);
    const partial = `${path}.${process.pid}.partial`;
    await db.dump(partial);
    await rename(partial, path);
  } finally {
    await db.close();
  }
  return path;
}

/**
 * The name of a migrated template database on the Postgres server of serverUrl, built under an advisory lock so
 * that concurrent test processes build it once. Templates of other migrations are dropped then: they belong to
 * older checkouts.
 */
export async function migratedTemplate(serverUrl: string): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${(await migrationsHash()).slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rows.length === 0) await buildTemplate(admin, serverUrl, name);
    return name;
  } finally {
    await admin.end();
  }
}

/** Creates a database on the server as a copy of the template; CREATE DATABASE refuses while anyone is connected to it. */
export async function createFromTemplate(serverUrl: string, name: string): Promise<void> {
  const template = await migratedTemplate(serverUrl);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
}

async function buildTemplate(admin: pg.Client, serverUrl: string, name: string): Promise<void> {
  const stale = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${TEMPLATE_PREFIX}%`]);
  for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  // built under another name and renamed when complete, so an interrupted build is never taken for a template
  const building = `${name}_building`;
  await admin.query(`CREATE DATABASE ${building}`);
  const url = new URL(serverUrl);
  url.pathname = `/${building}`;
  const db = await openPostgres(url.toString(), 1);
  await migrate(db);
  await db.close();
  await waitUntilNobodyIsIn(admin, building);
  await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
}

/** The pool's end() resolves once its clients are told to end, not once their backends have left. */
export async function waitUntilNobodyIsIn(admin: pg.Client, database: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const open = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [database]);
    if (open.rows[0]!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function migrationsHash(): Promise<string> {
  const hash = createHash("sha256");
  hash.update(await readFile(PGLITE_PACKAGE));
  hash.update(await readFile(MIGRATE_SOURCE));
  for (const name of (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith(".sql")).sort()) {
    hash.update(`\n${name}\n`);
    hash.update(await readFile(MIGRATIONS_DIR + name));
  }
  return hash.digest("hex");
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
