import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "redis";
import { RateLimiterRes } from "rate-limiter-flexible";
import { v7 as uuidv7 } from "uuid";
import { createRateLimiter } from "./rateLimiter.ts";

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe("rate limits kept in Redis", () => {
  const opened: { quit(): Promise<unknown> }[] = [];
  afterAll(() => Promise.all(opened.map((client) => client.quit())));

  it("count in this process's memory while Redis cannot be reached, instead of failing the request", async () => {
    // nothing listens on port 1: the client never becomes ready
    const unreachable = createClient({ url: "redis://127.0.0.1:1", socket: { reconnectStrategy: false } });
    const limiter = createRateLimiter({ keyPrefix: "test", points: 2, durationSeconds: 60 }, { client: unreachable, prefix: "sbtest" });
    expect((await limiter.consume("key")).consumedPoints).toBe(1);
    expect((await limiter.consume("key")).consumedPoints).toBe(2);
    expect(await refusal(limiter.consume("key"))).toBeInstanceOf(RateLimiterRes);
  });

  it.skipIf(!process.env.REDIS_URL)("are shared by every process using the same Redis", async () => {
    const clients = [createClient({ url: process.env.REDIS_URL }), createClient({ url: process.env.REDIS_URL })];
    opened.push(...clients);
    await Promise.all(clients.map((client) => client.connect()));
    const prefix = `sbtest-${uuidv7().slice(-12)}`;
    const [a, b] = clients.map((client) => createRateLimiter({ keyPrefix: "test", points: 2, durationSeconds: 60, blockSeconds: 60 }, { client, prefix }));
    await a!.consume("key");
    await b!.consume("key");
    const refused = await refusal(a!.consume("key"));
    expect(refused).toBeInstanceOf(RateLimiterRes);
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(59_000);
    await a!.delete("key");
  });
});
