import { QueryClient } from "@tanstack/solid-query";
import type { ErrorCode } from "../../shared/contract/index.ts";
import { RequestFailed } from "../realtime/request.ts";

/** Failures that may pass by themselves; every other refusal is final and shown to the agent at once. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(["timeout", "disconnected", "unavailable"]);

function retryTransient(failureCount: number, error: Error): boolean {
  return failureCount < 2 && error instanceof RequestFailed && TRANSIENT.has(error.code);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // pushes keep cached data current and a reconnect refetches everything, so focus changes need not
      queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: retryTransient },
      // safe to repeat: actions reuse the clientId attached before mutate() (realtime/request.ts)
      mutations: { retry: retryTransient },
    },
  });
}
