/**
 * Owns the embedded PGlite instance on its own thread, so planning and running statements never block the
 * server's event loop. It answers the requests typed in pgliteThread.ts, one reply per request id.
 *
 * Plain JavaScript on purpose: a Worker starts from a file that Node must load on its own, and Vitest's test
 * processes have no TypeScript loader, so a .ts worker would not start there.
 */
import { readFile, writeFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const port = parentPort;
if (!port) throw new Error("pgliteWorker.mjs runs only as a worker thread (see pgliteThread.ts)");

/** tx id (the id of its begin request) → the open PGlite transaction and how to end it */
const transactions = new Map();

/**
 * structured clone keeps only message and stack of an Error, so Postgres' fields (code, detail, constraint,
 * table…) and Node's (errno, syscall) travel as plain values; the main thread puts them back on an Error
 */
function describeError(error) {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields = {};
  for (const [key, value] of Object.entries(error)) {
    if (["string", "number", "boolean", "bigint"].includes(typeof value)) fields[key] = value;
  }
  return { message: error.message, fields };
}

function answer(id, work) {
  work.then(
    (rows) => {
      try {
        port.postMessage({ id, ok: true, rows });
      } catch (error) {
        port.postMessage({ id, ok: false, error: describeError(error) });
      }
    },
    (error) => port.postMessage({ id, ok: false, error: describeError(error) }),
  );
}

/**
 * Holds db.transaction open until the main thread sends commit or rollback for it. The begin request is
 * answered as soon as BEGIN has run; the commit or rollback request once the transaction has ended.
 */
function begin(db, id) {
  let ending = null;
  const done = db.transaction(async (tx) => {
    const decided = new Promise((resolve) => transactions.set(id, { tx, end: resolve }));
    port.postMessage({ id, ok: true });
    ending = await decided;
    if (!ending.commit) await tx.rollback();
  });
  done.then(
    () => port.postMessage({ id: ending.id, ok: true }),
    // before the main thread decided, only BEGIN can have failed
    (error) => port.postMessage({ id: ending ? ending.id : id, ok: false, error: describeError(error) }),
  );
}

function end(request) {
  const open = transactions.get(request.tx);
  if (!open) return answer(request.id, Promise.reject(new Error(`transaction ${request.tx} is not open`)));
  transactions.delete(request.tx);
  open.end({ commit: request.op === "commit", id: request.id });
}

async function queryOn(db, request) {
  const target = request.tx === undefined ? db : transactions.get(request.tx)?.tx;
  if (!target) throw new Error(`transaction ${request.tx} is not open`);
  return (await target.query(request.sql, request.params)).rows;
}

async function dump(db, path) {
  const tarball = await db.dumpDataDir("none");
  await writeFile(path, Buffer.from(await tarball.arrayBuffer()));
}

function serve(db) {
  port.on("message", (request) => {
    switch (request.op) {
      case "query":
        return answer(request.id, queryOn(db, request));
      case "exec":
        return answer(request.id, db.exec(request.sql).then(() => undefined));
      case "begin":
        return begin(db, request.id);
      case "commit":
      case "rollback":
        return end(request);
      case "dump":
        return answer(request.id, dump(db, request.path));
      case "close":
        return answer(request.id, db.close().then(() => undefined));
    }
  });
}

// request id 0 is the opening: the main thread resolves openPglite on this answer
try {
  // uncompressed: it loaded in 6.8 s against 9.4 s gzipped (loaded two-core machine), and it never leaves the disk
  const options = workerData.image ? { loadDataDir: new Blob([await readFile(workerData.image)]) } : {};
  const db = workerData.dataDir ? new PGlite(workerData.dataDir, options) : new PGlite(options);
  await db.waitReady;
  serve(db);
  port.postMessage({ id: 0, ok: true });
} catch (error) {
  port.postMessage({ id: 0, ok: false, error: describeError(error) });
}
