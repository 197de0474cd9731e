/**
 * A counter of `points` per `durationSeconds` per key: in Redis when processes share one (so they count together), else in memory.
 * A Redis-backed counter falls back to one in this process's memory while Redis is unreachable: limits then hold per
 * process instead of failing the request they guard (rate-limiter-flexible's insurance strategy).
 */
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface SharedStore {
  client: unknown;
  prefix: string;
}

export interface RateLimit {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  /** once a key goes over its points, it stays refused this long from that moment; without it, until its window ends */
  blockSeconds?: number;
}

export function createRateLimiter(limit: RateLimit, redis?: SharedStore): RateLimiterAbstract {
  const options = { points: limit.points, duration: limit.durationSeconds, blockDuration: limit.blockSeconds ?? 0 };
  const inMemory = new RateLimiterMemory({ ...options, keyPrefix: limit.keyPrefix });
  if (!redis) return inMemory;
  return new RateLimiterRedis({
    ...options,
    storeClient: redis.client,
    useRedisPackage: true,
    keyPrefix: `${redis.prefix}:${limit.keyPrefix}`,
    // node-redis queues commands while it reconnects, so without this a request would wait for Redis to come back
    rejectIfRedisNotReady: true,
    insuranceLimiter: inMemory,
  });
}
