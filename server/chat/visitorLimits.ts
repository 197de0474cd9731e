/**
 * Floods from a widget meet a limit with a clear message, never a crash or a silent drop: messages per visitor
 * and per network address, and chats started (or messages left) per address. With REDIS_URL every process
 * counts together.
 */
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Config } from "../app/config.ts";
import { createRateLimiter, type SharedStore } from "../app/rateLimiter.ts";
import { RequestFailure } from "../handlers/failure.ts";

export interface VisitorLimits {
  /** Throws rate_limited when the visitor or their address has sent too much. */
  message(visitorKey: string, ip: string): Promise<void>;
  /** Throws rate_limited when the address has started too many chats. */
  newChat(ip: string): Promise<void>;
}

type Limits = Pick<Config, "WIDGET_MESSAGES_PER_MINUTE_PER_VISITOR" | "WIDGET_MESSAGES_PER_MINUTE_PER_ADDRESS" | "WIDGET_CHATS_PER_HOUR_PER_ADDRESS">;

export function createVisitorLimits(config: Limits, redis?: SharedStore): VisitorLimits {
  const perVisitor = createRateLimiter({ keyPrefix: "widget_visitor_msgs", points: config.WIDGET_MESSAGES_PER_MINUTE_PER_VISITOR, durationSeconds: 60 }, redis);
  const perAddress = createRateLimiter({ keyPrefix: "widget_address_msgs", points: config.WIDGET_MESSAGES_PER_MINUTE_PER_ADDRESS, durationSeconds: 60 }, redis);
  const chatsPerAddress = createRateLimiter({ keyPrefix: "widget_address_chats", points: config.WIDGET_CHATS_PER_HOUR_PER_ADDRESS, durationSeconds: 3600 }, redis);

  return {
    async message(visitorKey, ip) {
      await take(perVisitor, visitorKey, "You're sending messages very quickly.");
      await take(perAddress, ip, "Too many messages are coming from your network right now.");
    },
    async newChat(ip) {
      await take(chatsPerAddress, ip, "Too many chats have been started from your network.");
    },
  };
}

async function take(limiter: RateLimiterAbstract, key: string, why: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new RequestFailure("rate_limited", `${why} Please wait ${seconds} s and try again.`);
  }
}
