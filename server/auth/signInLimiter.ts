/**
 * Wrong passwords are limited per account and per address, so neither guessing one account from many
 * addresses nor many accounts from one address gets far. With REDIS_URL the counters are shared by every process.
 */
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { createRateLimiter, type SharedStore } from "../app/rateLimiter.ts";

export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 20;
const WINDOW_SECONDS = 15 * 60;

export interface SignInLimiter {
  /** ms to wait before another try is allowed, or 0 */
  blockedForMs(email: string, ip: string): Promise<number>;
  recordFailure(email: string, ip: string): Promise<void>;
  recordSuccess(email: string): Promise<void>;
}

export function createSignInLimiter(redis?: SharedStore): SignInLimiter {
  const perAccount = createRateLimiter("signin_account", FAILURES_PER_ACCOUNT, WINDOW_SECONDS, redis);
  const perAddress = createRateLimiter("signin_address", FAILURES_PER_ADDRESS, WINDOW_SECONDS, redis);
  const accountKey = (email: string) => email.trim().toLowerCase();

  const waitMs = async (limiter: RateLimiterAbstract, key: string, points: number) => {
    const res = await limiter.get(key);
    return res && res.consumedPoints >= points ? res.msBeforeNext : 0;
  };

  return {
    async blockedForMs(email, ip) {
      const [account, address] = await Promise.all([
        waitMs(perAccount, accountKey(email), FAILURES_PER_ACCOUNT),
        waitMs(perAddress, ip, FAILURES_PER_ADDRESS),
      ]);
      return Math.max(account, address);
    },
    async recordFailure(email, ip) {
      await Promise.all([consume(perAccount, accountKey(email)), consume(perAddress, ip)]);
    },
    async recordSuccess(email) {
      await perAccount.delete(accountKey(email));
    },
  };
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    // a rejection that is a RateLimiterRes only says the limit is reached: blockedForMs reports that
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}
