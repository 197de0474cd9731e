/**
 * Composition root: one HTTP server with Socket.io on the same port, wired to the database, the handlers
 * and (with REDIS_URL) the Redis adapter so several processes share rooms. Redis only notifies; Postgres records.
 */
import { createServer, type RequestListener, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
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
  /** Stops accepting, lets in-flight acknowledgements finish, closes sockets and Redis; the caller closes the database. */
  close(): Promise<void>;
}

const DEFAULT_STATIC_DIR = fileURLToPath(new URL("../../dist/client/", import.meta.url));
/** Socket.io closes a connection whose message exceeds this, so it sits above every event's own limit. */
const TRANSPORT_MAX_BYTES = 1_000_000;

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, db, log } = options;
  const clock = options.clock ?? systemClock;
  const origin: OriginPolicy = { trustProxy: config.TRUST_PROXY };
  const limits = { idleMs: config.SESSION_IDLE_MINUTES * 60_000, maxMs: config.SESSION_MAX_HOURS * 3_600_000 };

  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, log) : null;
  // The routes must be the server's only request listener before Socket.io attaches: Socket.io then takes
  // /socket.io/ requests for itself and hands it every other one. A listener added after it also answered
  // Socket.io's requests, and the second answer to one request threw out of engine.io and ended the process.
  let routes: RequestListener | null = null;
  const http = createServer((req, res) => routes?.(req, res));
  const io: ConsoleServer = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: TRANSPORT_MAX_BYTES,
    // each namespace checks the Origin itself: the console only its own, the widget its brand's sites
    ...(redis ? { adapter: createAdapter(redis.pub, redis.sub, { key: `${config.REDIS_PREFIX}:socket.io` }) } : {}),
  });
  const access = createAccessEffects(io, db, redis !== null);
  const inFlight = new InFlight();
  const widget = io.of(WIDGET_NAMESPACE) as unknown as WidgetNamespace;
  const chat = createChatServices({ db, io, widget, clock, log });
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
    announcer: createMessageAnnouncer({ io, visitors: chat.visitors }),
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
  void chat.routing.route();
  const url = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    io,
    http,
    sweepSessions: sockets.sweep,
    sweepPresence: presence.sweep,
    chat,
    close() {
      closing ??= (async () => {
        sockets.stop();
        presence.stop();
        inFlight.stopAccepting();
        http.close();
        const drained = await inFlight.drain(10_000);
        if (!drained) log.warn({ pending: inFlight.size }, "shutdown went on with requests still in flight");
        await io.close();
        http.closeAllConnections();
        if (redis) await Promise.all([redis.pub.quit(), redis.sub.quit()]);
      })();
      return closing;
    },
  };
}

async function connectRedis(url: string, log: Logger) {
  const pub = createClient({ url });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) client.on("error", (error) => log.error({ err: error }, "redis error"));
  await Promise.all([pub.connect(), sub.connect()]);
  return { pub, sub };
}
