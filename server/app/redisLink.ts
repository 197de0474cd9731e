/**
 * Redis between server processes: two node-redis connections (one publishes, one is subscribed) carrying the
 * Socket.io adapter, watched as one link. Redis only notifies, PostgreSQL is the record, so losing Redis must never
 * end a process. node-redis reconnects by itself (its default strategy: an exponential back-off up to 2 s, forever)
 * and subscribes again before it reports ready. While Redis is away:
 * - live pushes reach this process's own sockets only; what the other processes miss, their clients catch up on
 *   from the database when the link returns (onReturn);
 * - commands for the other processes' sockets (disconnect a session's sockets, leave a room, serverSideEmit) act
 *   here at once and go to the others when Redis is back;
 * - asking every process (fetchSockets) waits for Redis in node-redis's offline queue: the presence sweep must not
 *   count an agent connected elsewhere as gone.
 * A failed publish is expected then and is not logged one by one: the log says when Redis went away and came back.
 */
import { RedisAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import type { Logger } from "./logger.ts";

const newClient = (url: string) => createClient({ url });
type Client = ReturnType<typeof newClient>;
type BroadcastOptions = Parameters<RedisAdapter["disconnectSockets"]>[0];

export interface RedisLink {
  /** The connection that publishes; rate limiters keep their counters through it. */
  pub: Client;
  /** For Socket.io's `adapter` option. */
  adapter: (nsp: unknown) => RedisAdapter;
  /** Called each time the link comes back after an outage, with the moment it went away. */
  onReturn(listener: (awaySince: Date) => void): void;
  /** Ends both connections without waiting for Redis, which may be the thing that is gone. */
  close(): Promise<void>;
}

/** Most a graceful close of a live connection may take before it is cut. */
const CLOSE_TIMEOUT_MS = 2_000;

export async function connectRedis(url: string, key: string, log: Logger): Promise<RedisLink> {
  const pub = newClient(url);
  const sub = newClient(url);
  const watch = watchLink([pub, sub], log);
  await Promise.all([pub.connect(), sub.connect()]);
  watch.started();

  const quiet = (client: Client) => quietClient(client, () => watch.up());
  const [quietPub, quietSub] = [quiet(pub), quiet(sub)];
  const adapter = function (nsp: unknown) {
    return new PausingRedisAdapter(nsp, quietPub, quietSub, { key }, watch);
  };

  return {
    pub,
    adapter,
    onReturn: watch.onReturn,
    async close() {
      watch.closed();
      await Promise.all([pub, sub].map((client) => closeClient(client)));
    },
  };
}

async function closeClient(client: Client): Promise<void> {
  if (!client.isOpen) return;
  if (!client.isReady) return client.destroy();
  // close() lets commands already sent finish; a Redis that stops answering midway is cut off
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cut = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_TIMEOUT_MS)));
  await Promise.race([client.close(), cut]);
  clearTimeout(timer);
  if (client.isOpen) client.destroy();
}

interface LinkWatch {
  up(): boolean;
  /** Resolves when the link is next up (at once when it is); never when the process is closing. */
  back(): Promise<void>;
  onReturn(listener: (awaySince: Date) => void): void;
  started(): void;
  closed(): void;
}

function watchLink(clients: Client[], log: Logger): LinkWatch {
  let starting = true;
  let closing = false;
  let awaySince: Date | null = null;
  let waiting: { promise: Promise<void>; resolve: () => void } | null = null;
  const listeners: ((awaySince: Date) => void)[] = [];
  const ready = () => clients.every((client) => client.isReady);

  const update = (error?: unknown) => {
    if (starting || closing) return;
    if (awaySince === null && !ready()) {
      awaySince = new Date();
      log.warn({ err: error }, "redis went away: live delivery between processes paused, reconnecting");
    } else if (awaySince !== null && ready()) {
      const since = awaySince;
      awaySince = null;
      log.info({ awayMs: Date.now() - since.getTime() }, "redis is back: live delivery between processes resumed, clients told to catch up");
      waiting?.resolve();
      waiting = null;
      for (const listener of listeners) listener(since);
    } else if (awaySince === null && error !== undefined) {
      log.warn({ err: error }, "redis error");
    }
  };
  for (const client of clients) {
    client.on("ready", () => update());
    client.on("end", () => update());
    client.on("error", (error: unknown) => {
      // every failed reconnect attempt reports an error too: the outage is said once, when it starts
      if (starting) log.error({ err: error }, "redis error");
      else update(error);
    });
  }

  return {
    up: () => awaySince === null && !closing,
    back() {
      if (awaySince === null) return Promise.resolve();
      if (!waiting) {
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        waiting = { promise, resolve };
      }
      return waiting.promise;
    },
    onReturn: (listener) => void listeners.push(listener),
    started: () => void (starting = false),
    closed: () => void (closing = true),
  };
}

/**
 * The client as the adapter sees it. The adapter never handles the promise of a publish or a (un)subscribe, so
 * one that fails (the connection dropped under it, or the client is closed) would be an unhandled rejection,
 * which ends a Node process. Here they settle quietly; a publish while Redis is away is not even queued, as it
 * would only arrive late. The PUBSUB command goes through untouched: its callers await it.
 */
function quietClient(client: Client, up: () => boolean) {
  const settle = (work: () => Promise<unknown>) => work().catch(() => undefined);
  return {
    publish: (channel: string, message: string | Buffer) => (up() ? settle(() => client.publish(channel, message)) : Promise.resolve(undefined)),
    sendCommand: (args: string[]) => client.sendCommand(args),
    pSubscribe: (...args: Parameters<Client["pSubscribe"]>) => settle(() => client.pSubscribe(...args)),
    subscribe: (...args: Parameters<Client["subscribe"]>) => settle(() => client.subscribe(...args)),
    pUnsubscribe: (...args: Parameters<Client["pUnsubscribe"]>) => settle(() => client.pUnsubscribe(...args)),
    unsubscribe: (...args: Parameters<Client["unsubscribe"]>) => settle(() => client.unsubscribe(...args)),
    // the adapter tells node-redis clients apart by these methods; it never calls them here
    sSubscribe: (...args: Parameters<Client["sSubscribe"]>) => settle(() => client.sSubscribe(...args)),
    on: (event: string, listener: (...args: unknown[]) => void) => client.on(event, listener),
    off: (event: string, listener: (...args: unknown[]) => void) => client.off(event, listener),
  };
}

/** The adapter, with what it asks of other processes held back while Redis is away (see the top of the file). */
class PausingRedisAdapter extends RedisAdapter {
  readonly #link: LinkWatch;

  constructor(nsp: unknown, pub: unknown, sub: unknown, opts: { key: string }, link: LinkWatch) {
    super(nsp, pub, sub, opts);
    this.#link = link;
  }

  override addSockets(opts: BroadcastOptions, rooms: string[]): void {
    this.#hereNowThereLater(opts, (o) => super.addSockets(o, rooms));
  }

  override delSockets(opts: BroadcastOptions, rooms: string[]): void {
    this.#hereNowThereLater(opts, (o) => super.delSockets(o, rooms));
  }

  override disconnectSockets(opts: BroadcastOptions, close: boolean): void {
    this.#hereNowThereLater(opts, (o) => super.disconnectSockets(o, close));
  }

  override serverSideEmit(packet: unknown[]): void {
    if (this.#link.up()) return super.serverSideEmit(packet);
    void this.#link.back().then(() => super.serverSideEmit(packet));
  }

  /** Applied to this process's sockets now, and sent to every process (this one again, harmlessly) once Redis is back. */
  #hereNowThereLater(opts: BroadcastOptions, apply: (opts: BroadcastOptions) => void): void {
    if (this.#link.up() || opts.flags?.local) return apply(opts);
    apply({ ...opts, flags: { ...opts.flags, local: true } });
    void this.#link.back().then(() => apply(opts));
  }
}
