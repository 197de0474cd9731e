/**
 * Starts the real app (HTTP + Socket.io) on a free port against a test database, with a movable clock,
 * and connects real socket.io clients with real session cookies.
 */
import { io as connectSocket, type Socket } from "socket.io-client";
import { onTestFinished } from "vitest";
import type { Ack, ClientToServerEvents, RequestInput, RequestName, RequestOutput, ServerToClientEvents } from "../../shared/contract/index.ts";
import { manualClock } from "../app/clock.ts";
import { DEFAULT_CONFIG, type Config } from "../app/config.ts";
import { startApp, type RunningApp } from "../app/createApp.ts";
import { createLogger } from "../app/logger.ts";
import { TEST_PASSWORD } from "./fixtures.ts";
import { createTestDatabase, type TestDatabase } from "./testDatabase.ts";

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  app: RunningApp;
  database: TestDatabase;
  clock: ReturnType<typeof manualClock>;
  signIn(email: string, password?: string, headers?: Record<string, string>): Promise<Response>;
  cookieFor(email: string): Promise<string>;
  connect(cookie: string | null, options?: { origin?: string }): Promise<TestSocket>;
  /**
   * The barrier before asserting on what the sockets were pushed, or were not: waits until the server has handled
   * every request it accepted, with the announcements that follow a commit, then makes a round trip on each socket.
   * Socket.io keeps one socket's packets in order, so a push sent before the round trip's answer has arrived too.
   */
  settled(...receivers: TestSocket[]): Promise<void>;
  close(): Promise<void>;
}

/** dataDir: the embedded database on disk there instead of in memory (ignored with DATABASE_URL). */
export async function startTestServer(overrides: Partial<Config> = {}, options: { dataDir?: string } = {}): Promise<TestServer> {
  const database = await createTestDatabase(options);
  const clock = manualClock(new Date());
  const config: Config = { ...DEFAULT_CONFIG, PORT: 0, HOST: "127.0.0.1", REDIS_URL: undefined, ...overrides };
  const app = await startApp({ config, db: database.db, log: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"), clock, staticDir: "/nonexistent" });
  const sockets: TestSocket[] = [];

  const signIn = (email: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/api/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify({ email, password }),
    });

  return {
    app,
    database,
    clock,
    signIn,
    cookieFor: (email) => sessionCookieFrom(app.url, email, TEST_PASSWORD),
    async connect(cookie, options = {}) {
      const socket = await connectTo(app.url, cookie, options);
      sockets.push(socket);
      return socket;
    },
    async settled(...receivers) {
      await app.settled();
      // any cheap query will do; its answer is the marker, whether or not it is a refusal
      await Promise.all(receivers.map((socket) => request(socket, "session:whoami", {})));
    },
    async close() {
      for (const socket of sockets) socket.disconnect();
      await app.close();
      await database.drop();
    },
  };
}

/** A real socket.io client on the websocket transport, as the console uses. */
export function connectTo(url: string, cookie: string | null, options: { origin?: string } = {}): Promise<TestSocket> {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (options.origin) headers.origin = options.origin;
  const socket: TestSocket = connectSocket(url, { transports: ["websocket"], extraHeaders: headers, reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.disconnect();
      reject(error);
    });
  });
}

/** Signs in over HTTP and returns the session cookie. */
export async function sessionCookieFrom(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

/** Emits a request and resolves with its acknowledgement. */
export function request<E extends RequestName>(socket: TestSocket, event: E, payload: RequestInput<E> | unknown): Promise<Ack<RequestOutput<E>>> {
  return (socket.timeout(10_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<RequestOutput<E>>> }).emitWithAck(event, payload);
}

type Push<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

/** Resolves with the next push of an event, or rejects after a timeout. */
export function nextPush<E extends keyof ServerToClientEvents>(socket: TestSocket, event: E, timeoutMs = 3_000): Promise<Push<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    (socket as unknown as Socket).once(event as string, (payload: unknown) => {
      clearTimeout(timer);
      resolve(payload as never);
    });
  });
}

/**
 * Records every push of an event to the socket as it arrives, until the test ends: after server.settled(socket),
 * the array holds all of them, in order, so a test can say what came and that nothing else did.
 */
export function collectPushes<E extends keyof ServerToClientEvents>(socket: TestSocket, event: E): Push<E>[] {
  const pushes: Push<E>[] = [];
  const record = (payload: Push<E>) => void pushes.push(payload);
  const raw = socket as unknown as Socket;
  raw.on(event as string, record);
  onTestFinished(() => void raw.off(event as string, record));
  return pushes;
}
