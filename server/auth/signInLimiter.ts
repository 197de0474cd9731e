/**
 * Limits on guessing passwords, after rate-limiter-flexible's login endpoint scheme: wrong passwords in a row for one
 * account from one address (the pair), and a much higher number per address and day, all accounts together. A BPO
 * floor signs in from one public address, so one person's typos block only their own account from that address,
 * never their colleagues; and an account guessed at from elsewhere is not locked for its owner.
 *
 * Every attempt takes its points before the password is checked, so parallel requests cannot all slip under the
 * limit; a success gives the address its point back and clears the pair. An attempt refused for its pair costs the
 * address nothing.
 * With REDIS_URL the counters are shared by every process.
 */
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Config } from "../app/config.ts";
import { createRateLimiter, type SharedStore } from "../app/rateLimiter.ts";

const DAY_SECONDS = 24 * 60 * 60;

type Limits = Pick<Config, "SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS" | "SIGN_IN_BLOCK_MINUTES" | "SIGN_IN_FAILURES_PER_ADDRESS_PER_DAY">;

export type Refusal = { ok: false; waitMs: number };
export type Admission = { ok: true } | Refusal;

export interface SignInLimiter {
  /** Takes this attempt's points, or says how long to wait; call before checking the password. */
  admit(email: string, ip: string): Promise<Admission>;
  /** The admitted attempt signed in: it was no guess. A failed one keeps its points. */
  succeeded(email: string, ip: string): Promise<void>;
}

export function createSignInLimiter(limits: Limits, redis?: SharedStore): SignInLimiter {
  const perPair = createRateLimiter(
    {
      keyPrefix: "signin_fails_account_address",
      points: limits.SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS,
      // failures in a row: only a success (or a day without any) clears them
      durationSeconds: DAY_SECONDS,
      blockSeconds: limits.SIGN_IN_BLOCK_MINUTES * 60,
    },
    redis,
  );
  const perAddress = createRateLimiter(
    { keyPrefix: "signin_fails_address_day", points: limits.SIGN_IN_FAILURES_PER_ADDRESS_PER_DAY, durationSeconds: DAY_SECONDS, blockSeconds: DAY_SECONDS },
    redis,
  );
  // an address never holds a space, so the address first keeps every pair's key distinct
  const pairKey = (email: string, ip: string) => `${ip} ${email.trim().toLowerCase()}`;

  return {
    async admit(email, ip) {
      const pair = pairKey(email, ip);
      // the pair first: hammering a blocked pair then costs the address nothing
      const pairRefusal = await take(perPair, pair);
      if (pairRefusal) return pairRefusal;
      const addressRefusal = await take(perAddress, ip);
      if (addressRefusal) {
        await perPair.reward(pair);
        return addressRefusal;
      }
      return { ok: true };
    },
    async succeeded(email, ip) {
      await Promise.all([perPair.delete(pairKey(email, ip)), perAddress.reward(ip)]);
    },
  };
}

/**
 * A key goes over its points only once: it is then refused for its block time, which later attempts do not extend.
 * Successes in flight hold a point at the address too, so an address already at its limit may be blocked a moment early.
 */
async function take(limiter: RateLimiterAbstract, key: string): Promise<Refusal | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return { ok: false, waitMs: error.msBeforeNext };
  }
}
