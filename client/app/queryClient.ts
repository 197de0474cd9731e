import { QueryClient } from "@tanstack/solid-query";
import { isTransient } from "../../shared/contract/errorCodes.ts";
import { RequestFailed } from "../realtime/request.ts";
import { retryDelayMs } from "../realtime/requester.ts";

/**
 * solid-query repeats failed queries and mutations itself, so request() is called with no retries of its own; the
 * rule and the back-off are the requester's. Every refusal that is not transient is final and shown at once.
 */
function retryTransient(failureCount: number, error: Error): boolean {
  return failureCount < 2 && error instanceof RequestFailed && isTransient(error.code);
}

/** solid-query counts failures from 0 before the first retry; the requester counts the failed attempts. */
const retryDelay = (failureCount: number) => retryDelayMs(failureCount + 1);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // pushes keep cached data current and a reconnect refetches everything, so focus changes need not
      queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: retryTransient, retryDelay },
      // safe to repeat: actions reuse the clientId attached before mutate() (realtime/request.ts)
      mutations: { retry: retryTransient, retryDelay },
    },
  });
}
