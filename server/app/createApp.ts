/**
 * Composition root: one HTTP server with Socket.io on the same port, wired to the database, the handlers
 * and (with REDIS_URL) the Redis adapter so several processes share rooms. Redis only notifies; Postgres records.
 */
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import { Server } from "socket.io";
import { createSignInLimiter } from "../auth/signInLimiter.ts";
import type { Database } from "../db/client.ts";
import { createRouter } from "../http/router.ts";
import { originAllowed, type OriginPolicy } from "../http/security.ts";
import { createAccessEffects } from "../realtime/accessEffects.ts";
import { attachConsoleSockets } from "../realtime/consoleSockets.ts";
import { handlerTable } from "../realtime/handlerTable.ts";
import type { ConsoleServer } from "../realtime/handlerContext.ts";
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
  const http = createServer();
  const io: ConsoleServer = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: TRANSPORT_MAX_BYTES,
    allowRequest: (req, callback) => callback(null, originAllowed(req, origin)),
    ...(redis ? { adapter: createAdapter(redis.pub, redis.sub, { key: `${config.REDIS_PREFIX}:socket.io` }) } : {}),
  });
  const access = createAccessEffects(io, db, redis !== null);
  const inFlight = new InFlight();
  const sockets = attachConsoleSockets(io, { db, clock, log, io, access }, handlerTable, inFlight, { limits, origin });
  const limiter = createSignInLimiter(redis ? { client: redis.pub, prefix: config.REDIS_PREFIX } : undefined);
  http.on("request", createRouter({ db, clock, log, limiter, limits, origin, access, staticDir: options.staticDir ?? DEFAULT_STATIC_DIR }));

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const url = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    io,
    http,
    sweepSessions: sockets.sweep,
    close() {
      closing ??= (async () => {
        sockets.stop();
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
