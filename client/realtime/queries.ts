import { queryOptions } from "@tanstack/solid-query";
import type { RequestInput, RequestName, Requests } from "../../shared/contract/index.ts";
import { requestOrThrow, type RequestPayload } from "./request.ts";

type QueryName = { [E in RequestName]: Requests[E]["kind"] extends "query" ? E : never }[RequestName];

/**
 * Query options for a socket query. The key is the event and its input, so a push handler can find the entry,
 * and it is tagged with the output type, so setQueryData on it is typed.
 */
export function socketQuery<E extends QueryName>(event: E, input: RequestInput<E>) {
  return queryOptions({
    queryKey: [event, input] as const,
    // a query's payload is its input as is: only actions differ (they may leave out the clientId)
    queryFn: () => requestOrThrow(event, input as RequestPayload<E>),
  });
}
