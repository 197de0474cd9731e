/** A counter of `points` per `durationSeconds` per key: in Redis when processes share one (so they count together), else in memory. */
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface SharedStore {
  client: unknown;
  prefix: string;
}

export function createRateLimiter(keyPrefix: string, points: number, durationSeconds: number, redis?: SharedStore): RateLimiterAbstract {
  return redis
    ? new RateLimiterRedis({ storeClient: redis.client, useRedisPackage: true, keyPrefix: `${redis.prefix}:${keyPrefix}`, points, duration: durationSeconds })
    : new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });
}
