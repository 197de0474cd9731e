/**
 * Composition root: one HTTP server with Socket.io on the same port, wired to the database, the handlers
 * and (with REDIS_URL) the Redis adapter so several processes share rooms. Redis only notifies; Postgres records.
 */
import { createServer, type RequestListener, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { Server } from "socket.io";
import { WIDGET_NAMESPACE } from "../../shared/contract/widget.ts";
import { createSignInLimiter } from "../auth/signInLimiter.ts";
import { createChatServices, type ChatServices } from "../chat/chatServices.ts";
import { createMessageAnnouncer } from "../chat/messageAnnouncer.ts";
import { createMessageBatcher } from "../chat/messageBatcher.ts";
import { createVisitorLimits } from "../chat/visitorLimits.ts";
import { loadVisitorTokens } from "../chat/visitorToken.ts";
import type { WidgetNamespace } from "../chat/widgetNamespace.ts";
import { attachWidgetSockets } from "../realtime/widgetSockets.ts";
import { startPresenceSweep } from "../routing/presenceSweep.ts";
import type { Database } from "../db/client.ts";
import { createRouter } from "../http/router.ts";
import type { OriginPolicy } from "../http/security.ts";
import { createAccessEffects } from "../access/accessEffects.ts";
import { attachConsoleSockets } from "../realtime/consoleSockets.ts";
import { handlerTable } from "../realtime/handlerTable.ts";
import type { ConsoleServer } from "../handlers/sockets.ts";
import { InFlight } from "../realtime/inFlight.ts";
import { systemClock, type Clock } from "./clock.ts";
import { connectRedis } from "./redisLink.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";

export interface AppOptions {
  config: Config;
  db: Database;
  log: Logger;
  clock?: Clock;
  staticDir?: string;
}

export interface RunningApp {
  url: string;
  port: number;
  io: ConsoleServer;
  http: HttpServer;
  /** Re-checks every open socket's session now (tests; the server also does it each minute). */
  sweepSessions(): Promise<void>;
  /** Looks for agents whose consoles are gone now (tests; the server also does it every few seconds). */
  sweepPresence(): Promise<void>;
  chat: ChatServices;
  /**
   * Resolves once every request accepted so far has been handled, with what follows its commit (announcements,
   * routing it started): tests' barrier before asserting that something was not pushed.
   */
  settled(): Promise<void>;
  /** Stops accepting, lets in-flight acknowledgements finish, closes sockets and Redis; the caller closes the database. */
  close(): Promise<void>;
}

const DEFAULT_STATIC_DIR = fileURLToPath(new URL("../../dist/client/", import.meta.url));
/** How long shutdown waits for accepted requests to finish, then for their answers to go out. */
const DRAIN_MS = 10_000;
const FLUSH_MS = 5_000;
/** Socket.io closes a connection whose message exceeds this, so it sits above every event's own limit. */
const TRANSPORT_MAX_BYTES = 1_000_000;

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, db, log } = options;
  const clock = options.clock ?? systemClock;
  const origin: OriginPolicy = { trustProxy: config.TRUST_PROXY };
  const limits = { idleMs: config.SESSION_IDLE_MINUTES * 60_000, maxMs: config.SESSION_MAX_HOURS * 3_600_000 };

  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, `${config.REDIS_PREFIX}:socket.io`, log) : null;
  // The routes must be the server's only request listener before Socket.io attaches: Socket.io then takes
  // /socket.io/ requests for itself and hands it every other one. A listener added after it also answered
  // Socket.io's requests, and the second answer to one request threw out of engine.io and ended the process.
  let routes: RequestListener | null = null;
  const http = createServer((req, res) => routes?.(req, res));
  const io: ConsoleServer = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: TRANSPORT_MAX_BYTES,
    // each namespace checks the Origin itself: the console only its own, the widget its brand's sites
    ...(redis ? { adapter: redis.adapter } : {}),
  });
  const access = createAccessEffects(io, db, redis !== null);
  const inFlight = new InFlight();
  const widget = io.of(WIDGET_NAMESPACE) as unknown as WidgetNamespace;
  const chat = createChatServices({ db, io, widget, clock, log, track: (work) => inFlight.track(work) });
  const sockets = attachConsoleSockets(io, { db, clock, log, io, widget, access, chat }, handlerTable, inFlight, { limits, origin });
  const visitorServices = {
    db,
    clock,
    log,
    io,
    chat,
    tokens: await loadVisitorTokens(db, clock.now()),
    limits: createVisitorLimits(config, redis ? { client: redis.pub, prefix: config.REDIS_PREFIX } : undefined),
    batcher: createMessageBatcher(db),
    announcer: createMessageAnnouncer({ io, visitors: chat.visitors, track: (round) => inFlight.track(round) }),
  };
  attachWidgetSockets(widget, visitorServices, inFlight, origin);
  const presence = startPresenceSweep({ db, io, clock, log, chat, graceMs: config.AGENT_OFFLINE_GRACE_SECONDS * 1000 });
  const limiter = createSignInLimiter(config, redis ? { client: redis.pub, prefix: config.REDIS_PREFIX } : undefined);
  routes = createRouter({ db, clock, log, limiter, limits, origin, access, staticDir: options.staticDir ?? DEFAULT_STATIC_DIR });

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  // chats that waited through a restart are handed out as soon as agents are there
  inFlight.track(chat.routing.route());
  const url = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}`;
  // pushes from the other processes were lost while Redis was away, and these sockets stayed connected
  redis?.onReturn((awaySince) => {
    io.local.emit("session:resync", { since: awaySince.toISOString() });
    widget.local.emit("chat:resync", {});
  });

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    io,
    http,
    sweepSessions: sockets.sweep,
    sweepPresence: presence.sweep,
    chat,
    settled: () => inFlight.idle(),
    close() {
      closing ??= (async () => {
        sockets.stop();
        presence.stop();
        inFlight.stopAccepting();
        // no new connections; the open ones stay until their answers are out
        const connectionsEnded = new Promise<void>((resolve) => http.close(() => resolve()));
        const drained = await inFlight.drain(DRAIN_MS);
        if (!drained) log.warn({ pending: inFlight.size }, "shutdown went on with requests still in flight");
        if (!(await closeConnections([io.of("/"), widget], connectionsEnded))) log.warn("shutdown cut connections still sending");
        await io.close();
        http.closeAllConnections();
        await redis?.close();
      })();
      return closing;
    },
  };
}

/**
 * Closes every client connection once what it was given to send has gone out, and resolves true when all have
 * ended. io.close() alone discards what engine.io still buffers for a connection busy writing (a slow network, a
 * burst of acknowledgements), and with it acknowledgements of committed requests. engine.io's own close() waits
 * for that buffer to drain; the WebSocket then closes with a close frame after the data. The client sees a
 * transport close, not a server disconnect, so it reconnects (to another process) and catches up.
 */
async function closeConnections(namespaces: { sockets: Map<string, { conn: { close(): void } }> }[], ended: Promise<void>): Promise<boolean> {
  for (const namespace of namespaces) for (const socket of namespace.sockets.values()) socket.conn.close();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), FLUSH_MS)));
  const result = await Promise.race([ended.then(() => true as const), cut]);
  clearTimeout(timer);
  return result;
}
