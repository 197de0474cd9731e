/**
 * The chat figures: one load client process (bench/chatLoadClient.ts) opens 1,000 visitor and 100 agent sockets
 * against the real server on a fresh embedded database, then against a bare Socket.io relay (bench/bareRelay.ts)
 * started here, in the same run. Each gets the same relay load (latency from the visitor's send to the agent's
 * receipt of the committed message) and a step-up to the highest rate it sustains; the real server also the
 * closed-loop durable run. With a PostgreSQL server (BENCH_DATABASE_URL, else DATABASE_URL), the real server runs
 * once more on a fresh database there, with the same floor, for the durable run alone: the relay and step-up
 * phases are embedded only, to keep the bench short. Beside them: the bare commit rate of the embedded engine, and
 * the batch sizes group commit made, read back from the rows' transaction ids once the server has stopped.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { v7 as uuidv7 } from "uuid";
import { openPglite, openPostgres, type Database } from "../server/db/client.ts";
import { startServerProcess, type ServerProcess } from "../server/testing/serverProcess.ts";
import { judge, type Figure } from "./budgets.ts";
import type { DurableResult, LoadCommand, LoadReply, RelayResult, SetupResult } from "./chatLoadClient.ts";
import { AGENTS_PER_BRAND, BRANDS, seedChatBench, VISITORS_PER_BRAND, widgetKeyOf, type ChatBenchData } from "./chatSeed.ts";
import { createPostgresDatabase } from "./postgresDatabase.ts";
import { percentile } from "./stats.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** A typical visitor's line: every message of both servers, and each row of the bare commit rate. */
const BODY = "Hi, my parcel has not arrived yet and the tracking page has not changed since Monday. Can you check?";
const RELAY = { rate: 500, warmupMs: 10_000, measureMs: 20_000 };
const STEPS = [500, 1_000, 2_000, 4_000, 8_000, 16_000];
const STEP = { warmupMs: 2_000, measureMs: 5_000 };
/** a step holds when this share of its rate is acknowledged and its p99 stays within the relay budget */
const HELD_SHARE = 0.95;
const HELD_P99_MS = 50;
const DURABLE = { inFlightPerVisitor: 1, warmupMs: 2_000, measureMs: 10_000 };
const BARE_COMMIT_MS = 3_000;
/** how long a server that fell behind gets to catch up before the next phase */
const SETTLE_TIMEOUT_MS = 180_000;
/** no limit the bench could reach: every visitor of the bench shares one loopback address */
const UNLIMITED = "1000000000";

interface ServerRun {
  relay: RelayResult;
  rssMb?: number;
  durable?: DurableResult;
}

export async function chatFigures(): Promise<Figure[]> {
  const began = performance.now();
  process.stdout.write(
    `chat relay: ${BRANDS} brands × ${AGENTS_PER_BRAND} agents × ${VISITORS_PER_BRAND} visitors (each agent holds ${VISITORS_PER_BRAND / AGENTS_PER_BRAND} chats of one brand), ` +
      `${RELAY.rate} msg/s for ${RELAY.measureMs / 1000} s after ${RELAY.warmupMs / 1000} s warm-up; load average ${loadAverage()}\n`,
  );
  const bareCommits = await measureBareCommitRate();
  process.stdout.write(`    PGlite bare commit rate, one INSERT per transaction: ${Math.round(bareCommits)}/s\n`);
  const real = await attempt("real server", runRealServer);
  const bare = await attempt("bare relay", runBareRelay);
  const onPostgres = await durableOnPostgres();
  process.stdout.write(`    chat bench took ${((performance.now() - began) / 1000).toFixed(0)} s\n`);
  return [
    ...relayFigures(real, bare),
    ...(real?.rssMb ? [judge("chat.server_rss_mb", real.rssMb)] : []),
    ...(real?.durable ? [judge("chat.durable_embedded_msgs_per_s", real.durable.perSecond)] : []),
    ...(onPostgres ? [judge("chat.durable_msgs_per_s", onPostgres.perSecond)] : []),
  ];
}

/** p99 is finite while under 1% of the window's messages were lost; beyond that it is only known to be over the drain time. */
function relayFigures(real: ServerRun | null, bare: ServerRun | null): Figure[] {
  const p99 = (run: ServerRun | null) => (run && Number.isFinite(run.relay.latencyMs.p99) ? run.relay.latencyMs.p99 : null);
  const [realP99, bareP99] = [p99(real), p99(bare)];
  const why = (run: ServerRun | null) => (run ? `${run.relay.lost} of ${run.relay.sent} messages never reached their agent` : "the run failed");
  if (realP99 === null) process.stdout.write(`    chat.relay_p99_ms and chat.relay_p99_ratio not measured: on the real server ${why(real)}\n`);
  else if (bareP99 === null) process.stdout.write(`    chat.relay_p99_ratio not measured: on the bare relay ${why(bare)}\n`);
  return [...(realP99 !== null ? [judge("chat.relay_p99_ms", realP99)] : []), ...(realP99 !== null && bareP99 !== null ? [judge("chat.relay_p99_ratio", realP99 / bareP99)] : [])];
}

async function runRealServer(): Promise<ServerRun> {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-chat-bench-"));
  // the server keeps its embedded database in DATA_DIR/pglite (server/app/database.ts)
  const dataDir = join(dir, "pglite");
  let server: ServerProcess | undefined;
  let load: LoadClient | undefined;
  try {
    const data = await withDatabase(openPglite(dataDir), seedChatBench);
    server = await startChatServer({ DATA_DIR: dir });
    load = startLoadClient();
    await setUp(load, server.url, data.widgetKeys, await signIn(server.url, data));
    const relay = await runRelay(load, "real server");
    const rssMb = residentMb(server.child.pid!);
    process.stdout.write(`    real server RSS after the relay run: ${rssMb.toFixed(0)} MB\n`);
    const durable = await runDurable(load, "real server");
    await stepUp(load, "real server");
    process.stdout.write(`    real server RSS at the end: ${residentMb(server.child.pid!).toFixed(0)} MB\n`);
    load.stop();
    await server.stop();
    server = undefined;
    await withDatabase(openPglite(dataDir), (db) =>
      reportBatches(db, [
        ["relay window", relay],
        ["durable window", durable],
      ]),
    );
    return { relay, rssMb, durable };
  } finally {
    load?.stop();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** chat.durable_msgs_per_s: the same floor and durable run as the embedded one, on a PostgreSQL server when there is one. */
async function durableOnPostgres(): Promise<DurableResult | null> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    process.stdout.write(
      "    chat.durable_msgs_per_s not measured: it needs a PostgreSQL server, and neither BENCH_DATABASE_URL nor DATABASE_URL names one " +
        "(e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench)\n",
    );
    return null;
  }
  const durable = await attempt("server on PostgreSQL", () => runPostgresServer(serverUrl));
  if (!durable) process.stdout.write("    chat.durable_msgs_per_s not measured: the run on PostgreSQL failed\n");
  return durable;
}

/** The floor in a database of its own on the PostgreSQL server of serverUrl, dropped at the end whatever happened. */
async function runPostgresServer(serverUrl: string): Promise<DurableResult> {
  const database = await createPostgresDatabase(serverUrl, "sb_chat_bench");
  let server: ServerProcess | undefined;
  let load: LoadClient | undefined;
  try {
    const data = await withDatabase(openPostgres(database.url, 1), seedChatBench);
    server = await startChatServer({ DATABASE_URL: database.url });
    process.stdout.write(`    server on PostgreSQL ${new URL(serverUrl).host}, database ${new URL(database.url).pathname.slice(1)}\n`);
    load = startLoadClient();
    await setUp(load, server.url, data.widgetKeys, await signIn(server.url, data));
    const durable = await runDurable(load, "server on PostgreSQL");
    load.stop();
    await server.stop();
    server = undefined;
    await withDatabase(openPostgres(database.url, 1), (db) => reportBatches(db, [["durable window on PostgreSQL", durable]]));
    return durable;
  } finally {
    load?.stop();
    await server?.stop();
    await database.drop();
  }
}

function startChatServer(database: { DATA_DIR: string } | { DATABASE_URL: string }): Promise<ServerProcess> {
  return startServerProcess({
    ...database,
    SEED: "off",
    WIDGET_MESSAGES_PER_MINUTE_PER_VISITOR: UNLIMITED,
    WIDGET_MESSAGES_PER_MINUTE_PER_ADDRESS: UNLIMITED,
    WIDGET_CHATS_PER_HOUR_PER_ADDRESS: UNLIMITED,
  });
}

/** The agents' session cookies, signed in one after another through the real route. */
async function signIn(url: string, data: ChatBenchData): Promise<string[]> {
  const cookies = [];
  for (const agent of data.agents) cookies.push(await sessionCookie(url, agent.email, agent.password));
  return cookies;
}

async function withDatabase<T>(opened: Promise<Database>, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await opened;
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function runBareRelay(): Promise<ServerRun> {
  const relayProcess = spawn(process.execPath, ["--import", "tsx", "bench/bareRelay.ts"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let load: LoadClient | undefined;
  try {
    const { port } = await new Promise<{ port: number }>((resolve, reject) => {
      relayProcess.once("message", (message) => resolve(message as { port: number }));
      relayProcess.once("exit", (code) => reject(new Error(`the bare relay exited with ${code}`)));
    });
    load = startLoadClient();
    await setUp(load, `http://127.0.0.1:${port}`, Array.from({ length: BRANDS }, (_, b) => widgetKeyOf(b)), Array.from({ length: BRANDS * AGENTS_PER_BRAND }, () => ""));
    const relay = await runRelay(load, "bare relay");
    await stepUp(load, "bare relay");
    return { relay };
  } finally {
    load?.stop();
    relayProcess.kill();
  }
}

async function setUp(load: LoadClient, url: string, widgetKeys: string[], agentCookies: string[]): Promise<void> {
  const setup = (await load.run({ cmd: "setup", url, widgetKeys, visitorsPerBrand: VISITORS_PER_BRAND, agentCookies, body: BODY })) as SetupResult;
  process.stdout.write(`    ${setup.agents} agents and ${setup.visitors} visitors connected, ${setup.watched} chats watched by their agent, in ${(setup.ms / 1000).toFixed(1)} s\n`);
}

/** Every visitor keeps DURABLE.inFlightPerVisitor messages in flight, each sent again as soon as it is acknowledged. */
async function runDurable(load: LoadClient, who: string): Promise<DurableResult> {
  await settle(load, who);
  const durable = (await load.run({ cmd: "durable", ...DURABLE })) as DurableResult;
  process.stdout.write(
    `    ${who} durable, ${VISITORS_PER_BRAND * BRANDS} visitors × ${DURABLE.inFlightPerVisitor} in flight: ${Math.round(durable.perSecond)} msg/s acknowledged ` +
      `(ack p50 ${durable.ackP50Ms.toFixed(1)} ms, p99 ${durable.ackP99Ms.toFixed(1)} ms; load average ${loadAverage()})${refusals(durable.errors)}\n`,
  );
  return durable;
}

/** Every phase starts on a server that has done all the work the phase before left it. */
async function settle(load: LoadClient, who: string): Promise<void> {
  const waited = (await load.run({ cmd: "settle", timeoutMs: SETTLE_TIMEOUT_MS })) as number;
  if (waited > 1_000) process.stdout.write(`      (${who} caught up with the phase before in ${(waited / 1000).toFixed(1)} s)\n`);
}

async function runRelay(load: LoadClient, who: string): Promise<RelayResult> {
  await settle(load, who);
  const relay = (await load.run({ cmd: "relay", ...RELAY })) as RelayResult;
  const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "lost");
  process.stdout.write(
    `    ${who.padEnd(11)} visitor → agent p50 ${ms(relay.latencyMs.p50)}  p95 ${ms(relay.latencyMs.p95)}  p99 ${ms(relay.latencyMs.p99)}  ` +
      `(ack p99 ${ms(relay.ackP99Ms)}; ${relay.received} of ${relay.sent} received, ${relay.lost} lost; ${Math.round(relay.ackRate)} acks/s; ` +
      `items of ${Math.round(relay.itemBytes)} B; load average ${loadAverage()})${refusals(relay.errors)}\n`,
  );
  return relay;
}

/** Prints the highest rate of STEPS that held: a figure of the brief's text, not of its budgets. */
async function stepUp(load: LoadClient, who: string): Promise<void> {
  let held = 0;
  for (const rate of STEPS) {
    await settle(load, who);
    const step = (await load.run({ cmd: "relay", rate, ...STEP })) as RelayResult;
    const ok = step.lost === 0 && step.ackRate >= HELD_SHARE * rate && step.latencyMs.p99 <= HELD_P99_MS;
    process.stdout.write(
      `      ${who} at ${rate} msg/s: ${Math.round(step.ackRate)} acks/s, p99 ${Number.isFinite(step.latencyMs.p99) ? `${step.latencyMs.p99.toFixed(1)} ms` : "lost"}, ${step.lost} lost: ${ok ? "held" : "not held"}${refusals(step.errors)}\n`,
    );
    if (!ok) break;
    held = rate;
  }
  process.stdout.write(`    ${who} chat.sustained_msgs_per_s ${held} (${HELD_SHARE * 100}% acknowledged and p99 ≤ ${HELD_P99_MS} ms, ${STEP.measureMs / 1000} s per step)\n`);
}

/** A fresh database of the same engine in a temporary folder: single-row commits, one after another. */
async function measureBareCommitRate(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-chat-commit-"));
  const db = await openPglite(dir);
  try {
    await db.exec("CREATE TABLE messages (id uuid PRIMARY KEY, conversation_id uuid NOT NULL, body text NOT NULL, created_at timestamptz NOT NULL)");
    const conversationId = uuidv7();
    const started = performance.now();
    let commits = 0;
    while (performance.now() - started < BARE_COMMIT_MS) {
      await db.query("INSERT INTO messages VALUES ($1, $2, $3, $4)", [uuidv7(), conversationId, BODY, new Date()]);
      commits++;
    }
    return commits / ((performance.now() - started) / 1000);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each group commit is one transaction: the rows' xmin tells which messages were written together. */
async function reportBatches(db: Database, windows: [string, { fromMs: number; toMs: number }][]): Promise<void> {
  for (const [name, window] of windows) {
    const found = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM timeline_items
       WHERE kind = 'message' AND direction = 'inbound' AND created_at >= $1 AND created_at < $2 GROUP BY xmin::text`,
      [new Date(window.fromMs), new Date(window.toMs)],
    );
    const sizes = found.rows.map((r) => r.n);
    const messages = sizes.reduce((a, b) => a + b, 0);
    if (messages === 0) {
      process.stdout.write(`    group commit, ${name}: no messages\n`);
      continue;
    }
    process.stdout.write(
      `    group commit, ${name}: ${sizes.length} batches for ${messages} messages, size mean ${(messages / sizes.length).toFixed(1)}, ` +
        `p50 ${percentile(sizes, 0.5)}, p95 ${percentile(sizes, 0.95)}, max ${percentile(sizes, 1)}\n`,
    );
  }
}

interface LoadClient {
  run(command: LoadCommand): Promise<unknown>;
  stop(): void;
}

function startLoadClient(): LoadClient {
  // "advanced": structured clone keeps Infinity, the latency of a lost message, which JSON would turn to null
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "bench/chatLoadClient.ts"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit", "ipc"], serialization: "advanced" });
  return {
    run: (command) =>
      new Promise((resolve, reject) => {
        const exited = (code: number | null) => reject(new Error(`the load client exited with ${code}`));
        child.once("exit", exited);
        child.once("message", (reply) => {
          child.off("exit", exited);
          const answer = reply as LoadReply;
          if (answer.ok) resolve(answer.result);
          else reject(new Error(`load client: ${answer.error}`));
        });
        child.send(command);
      }),
    stop: () => {
      if (child.connected) child.disconnect();
    },
  };
}

async function sessionCookie(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }) });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0]!;
}

function residentMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

function refusals(errors: Record<string, number>): string {
  const entries = Object.entries(errors);
  return entries.length === 0 ? "" : `; REFUSED ${entries.map(([code, n]) => `${n} ${code}`).join(", ")}`;
}

const loadAverage = () => loadavg().map((l) => l.toFixed(2)).join(" ");

async function attempt<T>(who: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    process.stdout.write(`    ${who} run failed: ${(error as Error).message}\n`);
    return null;
  }
}
