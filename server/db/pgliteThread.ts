/**
 * The main thread's side of pgliteWorker.mjs: one postMessage per statement and a map of the requests
 * awaiting their answer. Transactions are the worker's to hold open; this side only names them by id.
 * If the worker dies, every waiting and later request fails with the reason instead of hanging.
 */
import { Worker } from "node:worker_threads";

type Command =
  | { op: "query"; sql: string; params: unknown[] | undefined; tx: number | undefined }
  | { op: "exec"; sql: string }
  /** answered once BEGIN has run; the request's id names the transaction from then on */
  | { op: "begin" }
  | { op: "commit" | "rollback"; tx: number }
  /** writes the whole data directory as an uncompressed tarball to path, for PGlite's loadDataDir */
  | { op: "dump"; path: string }
  | { op: "close" };

type WorkerRequest = Command & { id: number };

interface ErrorDescription {
  message: string;
  /** the error's own primitive properties: Postgres' code, detail, constraint, table…, or Node's errno, syscall */
  fields: Record<string, unknown>;
}

/** Request id 0 is the opening of the database, answered without rows once it is ready. */
type WorkerReply = { id: number; ok: true; rows?: unknown[] } | { id: number; ok: false; error: ErrorDescription };

export class PgliteThread {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, (reply: WorkerReply) => void>();
  #nextId = 1;
  /** why the worker can no longer answer; null while it can */
  #gone: string | null = null;
  #closing: Promise<void> | null = null;

  private constructor(dataDir: string | undefined, image: string | undefined) {
    // the worker is plain JavaScript: no TypeScript loader (tsx's --import) to start in it. Its garbage is rows in
    // transit, short-lived and small: a young generation of 8 MB instead of the default's ~48 MB keeps ~25 MB of
    // the server's memory (chat.server_rss_mb) at no measured cost to the chat relay
    this.#worker = new Worker(new URL("./pgliteWorker.mjs", import.meta.url), {
      workerData: { dataDir, image },
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    this.#worker.on("message", (reply: WorkerReply) => this.#settle(reply));
    this.#worker.on("error", (error) => this.#fail(`the PGlite worker crashed: ${error.message}`));
    this.#worker.on("exit", (code) => this.#fail(`the PGlite worker exited with code ${code}`));
  }

  /**
   * Resolves once the database is open; rejects with the worker's error if it cannot be (a corrupt data dir).
   * image: a tarball written by dump() to start from, instead of an empty database (dataDir must then be new).
   */
  static async start(dataDir: string | undefined, image?: string): Promise<PgliteThread> {
    const thread = new PgliteThread(dataDir, image);
    const opened = await thread.#answer(0);
    if (!opened.ok) {
      await thread.#worker.terminate();
      throw rebuildError(opened.error);
    }
    return thread;
  }

  async query(sql: string, params: unknown[] | undefined, tx: number | undefined): Promise<{ rows: unknown[] }> {
    const reply = await this.#send({ op: "query", sql, params, tx });
    // built here, after the await, so the stack shows the caller's async frames
    if (!reply.ok) throw Object.assign(rebuildError(reply.error), { query: sql, params });
    return { rows: reply.rows ?? [] };
  }

  async exec(sql: string): Promise<void> {
    await this.#expectOk({ op: "exec", sql });
  }

  /** Returns the transaction's id; the caller must end it with commit or rollback, or later work waits forever. */
  async begin(): Promise<number> {
    const reply = await this.#send({ op: "begin" });
    if (!reply.ok) throw rebuildError(reply.error);
    return reply.id;
  }

  async commit(tx: number): Promise<void> {
    await this.#expectOk({ op: "commit", tx });
  }

  async rollback(tx: number): Promise<void> {
    await this.#expectOk({ op: "rollback", tx });
  }

  async dump(path: string): Promise<void> {
    await this.#expectOk({ op: "dump", path });
  }

  /**
   * Waits for open transactions to end (PGlite's close takes its lock), closes PGlite, then ends the thread.
   * A worker that has already died has nothing left to close, so shutdown can go on releasing the data dir.
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      if (this.#gone !== null) return;
      const reply = await this.#send({ op: "close" });
      this.#fail("the database is closed");
      await this.#worker.terminate();
      if (!reply.ok) throw rebuildError(reply.error);
    })();
    return this.#closing;
  }

  async #expectOk(command: Command): Promise<void> {
    const reply = await this.#send(command);
    if (!reply.ok) throw rebuildError(reply.error);
  }

  #send(command: Command): Promise<WorkerReply> {
    const id = this.#nextId++;
    if (this.#gone !== null) return Promise.resolve(failure(id, this.#gone));
    const answered = this.#answer(id);
    // throws DataCloneError for params that cannot cross threads (functions, symbols)
    try {
      this.#worker.postMessage({ ...command, id } satisfies WorkerRequest);
    } catch (error) {
      this.#waiting.delete(id);
      if (this.#waiting.size === 0) this.#worker.unref();
      return Promise.reject(error);
    }
    return answered;
  }

  /** The worker keeps the process alive only while an answer is awaited, as an open socket would. */
  #answer(id: number): Promise<WorkerReply> {
    if (this.#waiting.size === 0) this.#worker.ref();
    return new Promise((resolve) => this.#waiting.set(id, resolve));
  }

  #settle(reply: WorkerReply): void {
    const resolve = this.#waiting.get(reply.id);
    if (!resolve) return;
    this.#waiting.delete(reply.id);
    if (this.#waiting.size === 0) this.#worker.unref();
    resolve(reply);
  }

  #fail(reason: string): void {
    this.#gone ??= reason;
    for (const id of [...this.#waiting.keys()]) this.#settle(failure(id, this.#gone));
  }
}

function failure(id: number, message: string): WorkerReply {
  return { id, ok: false, error: { message, fields: {} } };
}

function rebuildError(description: ErrorDescription): Error {
  return Object.assign(new Error(description.message), description.fields);
}
