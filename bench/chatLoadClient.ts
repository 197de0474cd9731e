/**
 * The chat benchmark's load client, run in its own process by bench/chat.ts and driven over IPC, one command at a
 * time. It is the same code against the real server and the bare relay (bench/bareRelay.ts): only the URL and
 * the agents' session cookies differ. Visitors and agents live in this one process, so one clock stamps a
 * message's send and its receipt by the agent.
 */
import { io, type Socket } from "socket.io-client";
import { v7 as uuidv7 } from "uuid";
import { percentile } from "./stats.ts";

export type LoadCommand =
  | { cmd: "setup"; url: string; widgetKeys: string[]; visitorsPerBrand: number; agentCookies: string[]; body: string }
  | { cmd: "relay"; rate: number; warmupMs: number; measureMs: number }
  | { cmd: "durable"; inFlightPerVisitor: number; warmupMs: number; measureMs: number }
  | { cmd: "settle"; timeoutMs: number };

export interface SetupResult {
  ms: number;
  visitors: number;
  agents: number;
  watched: number;
}

export interface RelayResult {
  /** sent within the measured window */
  sent: number;
  /** acknowledged within the measured window, per second */
  ackRate: number;
  /** of the messages sent in the window: received by their agent, and not received within DRAIN_MS */
  received: number;
  lost: number;
  latencyMs: { p50: number; p95: number; p99: number };
  ackP99Ms: number;
  /** mean JSON size of the timeline:appended payloads received */
  itemBytes: number;
  errors: Record<string, number>;
  /** wall clock of the measured window, to find its batches in the database afterwards */
  fromMs: number;
  toMs: number;
}

export interface DurableResult {
  acked: number;
  perSecond: number;
  ackP50Ms: number;
  ackP99Ms: number;
  errors: Record<string, number>;
  /** wall clock of the measured window, to find its batches in the database afterwards */
  fromMs: number;
  toMs: number;
}

export type LoadReply = { ok: true; result: unknown } | { ok: false; error: string };

/** The server has caught up with earlier phases when a lone message reaches its agent this fast. */
const SETTLED_MS = 50;
/** A message not with its agent this long after the window has ended counts as lost. */
const DRAIN_MS = 5_000;
const CONNECT_TIMEOUT_MS = 30_000;
/** Connections and chat starts in flight at once while setting up, so the setup does not flood the server. */
const SETUP_CONCURRENCY = 20;

interface Visitor {
  socket: Socket;
  conversationId: string;
}

interface Sent {
  at: number;
  measured: boolean;
  ackedAt?: number;
  refused?: boolean;
  receivedAt?: number;
}

type Ack = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

const visitors: Visitor[] = [];
/** every message's text, the same for both servers */
let body = "";
const agents: Socket[] = [];
/** every message in flight or done in the current phase, by clientId */
let sent = new Map<string, Sent>();
let itemBytes = { total: 0, count: 0 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function connect(url: string, options: { auth?: object; cookie?: string }): Promise<Socket> {
  const socket = io(url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    timeout: CONNECT_TIMEOUT_MS,
    auth: options.auth,
    extraHeaders: options.cookie ? { cookie: options.cookie } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => reject(new Error(`connect to ${url}: ${error.message}`)));
  });
}

async function request(socket: Socket, event: string, payload: unknown): Promise<unknown> {
  const ack = (await socket.timeout(CONNECT_TIMEOUT_MS).emitWithAck(event, payload)) as Ack;
  if (!ack.ok) throw new Error(`${event}: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

async function inBatches<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += SETUP_CONCURRENCY) await Promise.all(items.slice(i, i + SETUP_CONCURRENCY).map(run));
}

/** Agents sign on and become available, then every visitor starts a chat; done when each chat is watched by its agent. */
async function setup(command: Extract<LoadCommand, { cmd: "setup" }>): Promise<SetupResult> {
  const started = performance.now();
  body = command.body;
  let watched = 0;
  await inBatches(command.agentCookies, async (cookie) => {
    const agent = await connect(command.url, { cookie });
    agent.on("agent:notified", (notice: { kind: string; conversationId: string }) => {
      if (notice.kind !== "assigned") return;
      request(agent, "conversation:watch", { conversationId: notice.conversationId }).then(
        () => watched++,
        (error: Error) => fail(error),
      );
    });
    agent.on("timeline:appended", received);
    await request(agent, "agent:setStatus", { clientId: uuidv7(), status: "available" });
    agents.push(agent);
  });
  const keys = command.widgetKeys.flatMap((widgetKey) => Array.from({ length: command.visitorsPerBrand }, () => widgetKey));
  await inBatches(keys, async (widgetKey) => {
    const socket = await connect(`${command.url}/widget`, { auth: { widgetKey } });
    const started = (await request(socket, "chat:start", { clientId: uuidv7(), body })) as { chat: { conversationId: string } };
    visitors.push({ socket, conversationId: started.chat.conversationId });
  });
  const deadline = performance.now() + CONNECT_TIMEOUT_MS;
  while (watched < visitors.length && performance.now() < deadline) await sleep(50);
  if (watched < visitors.length) throw new Error(`only ${watched} of ${visitors.length} chats reached an agent`);
  return { ms: performance.now() - started, visitors: visitors.length, agents: agents.length, watched };
}

function received(item: { clientId: string }): void {
  const message = sent.get(item.clientId);
  if (!message || message.receivedAt !== undefined) return;
  message.receivedAt = performance.now();
  if (message.measured && itemBytes.count < 1_000) {
    itemBytes.total += JSON.stringify(item).length;
    itemBytes.count++;
  }
}

/** Sends one message of the visitor's; a refusal is counted by its code. */
function send(visitor: Visitor, measured: boolean, errors: Record<string, number>, onAck?: (at: number, ok: boolean) => void): void {
  const clientId = uuidv7();
  const message: Sent = { at: performance.now(), measured };
  sent.set(clientId, message);
  visitor.socket.emit("chat:send", { clientId, body }, (ack: Ack) => {
    message.ackedAt = performance.now();
    message.refused = !ack.ok;
    if (!ack.ok) errors[ack.error.code] = (errors[ack.error.code] ?? 0) + 1;
    onAck?.(message.ackedAt, ack.ok);
  });
}

/**
 * Open loop at a fixed rate, visitors in turn, so each visitor writes every visitors/rate seconds however slowly the
 * server answers: latency is the server's, not a queue the client built up.
 */
async function relay(command: Extract<LoadCommand, { cmd: "relay" }>): Promise<RelayResult> {
  sent = new Map();
  itemBytes = { total: 0, count: 0 };
  const errors: Record<string, number> = {};
  const start = performance.now();
  const measureFrom = start + command.warmupMs;
  const end = measureFrom + command.measureMs;
  let count = 0;
  while (performance.now() < end) {
    const due = Math.floor(((performance.now() - start) * command.rate) / 1000);
    for (; count < due; count++) send(visitors[count % visitors.length]!, performance.now() >= measureFrom, errors);
    await sleep(1);
  }
  const measured = [...sent.values()].filter((m) => m.measured);
  const drainUntil = performance.now() + DRAIN_MS;
  while (measured.some((m) => m.receivedAt === undefined || m.ackedAt === undefined) && performance.now() < drainUntil) await sleep(20);
  const latencies = measured.map((m) => (m.receivedAt === undefined ? Number.POSITIVE_INFINITY : m.receivedAt - m.at));
  const acks = [...sent.values()].filter((m) => !m.refused && m.ackedAt !== undefined && m.ackedAt >= measureFrom && m.ackedAt < end).length;
  const result: RelayResult = {
    sent: measured.length,
    ackRate: acks / (command.measureMs / 1000),
    received: measured.filter((m) => m.receivedAt !== undefined).length,
    lost: measured.filter((m) => m.receivedAt === undefined).length,
    latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) },
    ackP99Ms: percentile(measured.map((m) => (m.ackedAt ?? Number.POSITIVE_INFINITY) - m.at), 0.99),
    itemBytes: itemBytes.count > 0 ? itemBytes.total / itemBytes.count : 0,
    errors,
    ...wallClock(measureFrom, command.measureMs),
  };
  sent = new Map();
  return result;
}

/** Closed loop: every visitor keeps inFlightPerVisitor messages outstanding, sending the next as each is acknowledged. */
async function durable(command: Extract<LoadCommand, { cmd: "durable" }>): Promise<DurableResult> {
  sent = new Map();
  const errors: Record<string, number> = {};
  const start = performance.now();
  const measureFrom = start + command.warmupMs;
  const end = measureFrom + command.measureMs;
  const ackTimes: number[] = [];
  let acked = 0;
  let outstanding = 0;
  const keepGoing = (visitor: Visitor) => {
    const sentAt = performance.now();
    outstanding++;
    send(visitor, sentAt >= measureFrom, errors, (at, ok) => {
      outstanding--;
      if (ok && at >= measureFrom && at < end) {
        acked++;
        ackTimes.push(at - sentAt);
      }
      if (at < end) keepGoing(visitor);
    });
  };
  for (const visitor of visitors) for (let i = 0; i < command.inFlightPerVisitor; i++) keepGoing(visitor);
  await sleep(end - performance.now());
  const window = wallClock(measureFrom, command.measureMs);
  const drainUntil = performance.now() + DRAIN_MS;
  while (outstanding > 0 && performance.now() < drainUntil) await sleep(20);
  // the agents' pushes of the last messages may still be on their way: let them land before the next phase
  await sleep(1_000);
  sent = new Map();
  return {
    acked,
    perSecond: acked / (command.measureMs / 1000),
    ackP50Ms: percentile(ackTimes, 0.5),
    ackP99Ms: percentile(ackTimes, 0.99),
    errors,
    ...window,
  };
}

function wallClock(from: number, ms: number): { fromMs: number; toMs: number } {
  const fromMs = Date.now() - (performance.now() - from);
  return { fromMs, toMs: fromMs + ms };
}

/**
 * Waits until the work left from the phase before (commits and announcements still queued on the server) is done:
 * a lone message then reaches its agent within SETTLED_MS. Resolves with the ms it waited.
 */
async function settle(command: Extract<LoadCommand, { cmd: "settle" }>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < command.timeoutMs) {
    sent = new Map();
    send(visitors[0]!, true, {});
    const [probe] = sent.values();
    while (probe!.receivedAt === undefined && performance.now() - started < command.timeoutMs) await sleep(10);
    if (probe!.receivedAt !== undefined && probe!.receivedAt - probe!.at <= SETTLED_MS) return performance.now() - started;
  }
  throw new Error(`the server was still behind ${command.timeoutMs / 1000} s after the last phase`);
}

function fail(error: Error): void {
  process.send!({ ok: false, error: error.message } satisfies LoadReply);
  process.exit(1);
}

process.on("message", (command: LoadCommand) => {
  const run =
    command.cmd === "setup" ? setup(command) : command.cmd === "relay" ? relay(command) : command.cmd === "durable" ? durable(command) : settle(command);
  run.then(
    (result) => process.send!({ ok: true, result } satisfies LoadReply),
    (error: Error) => fail(error),
  );
});
process.on("disconnect", () => process.exit(0));
