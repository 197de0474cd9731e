import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { migratedImage } from "../testing/migratedDatabase.ts";
import { createTestDatabase, type TestDatabase } from "../testing/testDatabase.ts";
import { openPglite, type Database } from "./client.ts";

// the shared half runs on PGlite, and on the Postgres server when DATABASE_URL is set (.ci/run does both)
describe(`Database on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await db.exec("CREATE TABLE probes (id int PRIMARY KEY, label text NOT NULL)");
  });
  afterAll(() => database.drop());

  const labels = async () => (await db.query<{ label: string }>("SELECT label FROM probes ORDER BY id")).rows.map((r) => r.label);

  it("binds parameters and returns bigint as number, timestamptz as Date, jsonb and arrays as values", async () => {
    const at = new Date("2024-05-01T12:30:00.123Z");
    const { rows } = await db.query("SELECT $1::bigint AS n, $2::timestamptz AS t, $3::jsonb AS j, ARRAY[1, 2] AS a, $4::text AS s, NULL AS z", [
      41,
      at,
      { a: 1, b: [true] },
      "x",
    ]);
    expect(rows).toEqual([{ n: 41, t: at, j: { a: 1, b: [true] }, a: [1, 2], s: "x", z: null }]);
  });

  it("commits a transaction when fn resolves, and returns fn's value", async () => {
    const result = await db.transaction(async (tx) => {
      await tx.query("INSERT INTO probes VALUES (1, 'committed')");
      return (await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM probes")).rows[0]?.n;
    });
    expect(result).toBe(1);
    expect(await labels()).toEqual(["committed"]);
  });

  it("rolls a transaction back when fn throws, and rethrows fn's own error", async () => {
    const changedMind = new Error("changed my mind");
    const attempt = db.transaction(async (tx) => {
      await tx.query("INSERT INTO probes VALUES (2, 'rolled back')");
      throw changedMind;
    });
    await expect(attempt).rejects.toBe(changedMind);
    expect(await labels()).toEqual(["committed"]);
  });

  it("surfaces a unique violation with its SQLSTATE and details, in and out of a transaction", async () => {
    const violation = { code: "23505", constraint: "probes_pkey", table: "probes", schema: "public", detail: "Key (id)=(1) already exists." };
    await expect(db.query("INSERT INTO probes VALUES (1, 'again')")).rejects.toMatchObject(violation);
    const inTransaction = db.transaction((tx) => tx.query("INSERT INTO probes VALUES (1, 'again')"));
    await expect(inTransaction).rejects.toBeInstanceOf(Error);
    await expect(inTransaction).rejects.toMatchObject({ ...violation, message: 'duplicate key value violates unique constraint "probes_pkey"' });
    expect(await labels()).toEqual(["committed"]);
  });
});

describe.skipIf(process.env.DATABASE_URL)("PGlite on its worker thread", () => {
  let db: Database;
  let image: string;
  beforeAll(async () => {
    // an empty database needs PGlite's initdb, much slower than loading an image; these tests need no tables of ours
    image = await migratedImage();
    db = await openPglite(undefined, { image });
    await db.exec("CREATE TABLE probes (id int PRIMARY KEY)");
  });

  it("starts from an image that dump() wrote, with the rows it held", async () => {
    const folder = await mkdtemp(join(tmpdir(), "sb-image-"));
    try {
      const original = await openPglite(undefined, { image });
      await original.exec("CREATE TABLE kept (label text); INSERT INTO kept VALUES ('before the dump')");
      await original.dump(join(folder, "image.tar"));
      await original.close();
      const copy = await openPglite(undefined, { image: join(folder, "image.tar") });
      expect((await copy.query<{ label: string }>("SELECT label FROM kept")).rows).toEqual([{ label: "before the dump" }]);
      await copy.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("makes a statement outside an open transaction wait for its commit, then see its rows", async () => {
    const order: string[] = [];
    let outside: Promise<number | undefined> | undefined;
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO probes VALUES (1)");
      outside = db.query<{ n: number }>("SELECT count(*)::int AS n FROM probes").then((r) => {
        order.push("outside");
        return r.rows[0]?.n;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tx.query("INSERT INTO probes VALUES (2)");
      order.push("transaction");
    });
    expect(await outside).toBe(2);
    expect(order).toEqual(["transaction", "outside"]);
  });

  it("closes, after which every call is refused", async () => {
    await expect(db.close()).resolves.toBeUndefined();
    await expect(db.query("SELECT 1")).rejects.toThrow("the database is closed");
    await expect(db.transaction((tx) => tx.query("SELECT 1"))).rejects.toThrow("the database is closed");
    await expect(db.close()).resolves.toBeUndefined();
  });

  it("fails waiting and later calls when the worker dies, instead of leaving them hanging", async () => {
    const posted = vi.spyOn(Worker.prototype, "postMessage");
    const doomed = await openPglite(undefined, { image });
    const waiting = doomed.query("SELECT pg_sleep(5)");
    const worker = posted.mock.contexts.at(-1) as Worker;
    posted.mockRestore();
    await worker.terminate();
    await expect(waiting).rejects.toThrow("the PGlite worker exited with code 1");
    await expect(doomed.query("SELECT 1")).rejects.toThrow("the PGlite worker exited with code 1");
    await expect(doomed.close()).resolves.toBeUndefined();
  });
});
