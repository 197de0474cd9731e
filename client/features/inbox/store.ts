/**
 * The inbox's server state through the query cache: one list per view (first page fetched by the query, further
 * pages merged by loadMore), search results, and the side bar's counts. Pushes keep all of it current through the
 * one InboxSync per query client (app/pushSubscriptions.ts feeds it), so none of these queries goes stale by time.
 */
import { createSignal } from "solid-js";
import { useQuery, type QueryClient } from "@tanstack/solid-query";
import type { InboxSort } from "../../../shared/schemas/inbox.ts";
import { request, requestOrThrow } from "../../realtime/request.ts";
import { socketQuery } from "../../realtime/queries.ts";
import { connectionState } from "../../realtime/socket.ts";
import { whoamiQuery } from "../auth/whoami.ts";
import { toInboxFilter, type ViewFilter } from "./filter.ts";
import { createInboxSync, inboxCountsKey, inboxListKey, inboxSearchKey, type InboxSync, type ListKeyInput } from "./inboxSync.ts";

const syncs = new WeakMap<QueryClient, InboxSync>();

export function inboxSyncFor(queryClient: QueryClient): InboxSync {
  let sync = syncs.get(queryClient);
  if (sync === undefined) {
    sync = createInboxSync(queryClient, { request, userId: () => queryClient.getQueryData(whoamiQuery().queryKey)?.user.id });
    syncs.set(queryClient, sync);
  }
  return sync;
}

const connected = () => connectionState() === "connected";

export function useInboxList(queryClient: QueryClient, input: () => ListKeyInput, userId: () => string) {
  return useQuery(() => ({
    queryKey: inboxListKey(input()),
    queryFn: () => inboxSyncFor(queryClient).fetchFirstPage(input(), userId()),
    enabled: connected(),
    staleTime: Infinity,
  }));
}

const SEARCH_LIMIT = 50;

export function useInboxSearch(query: () => string, filter: () => ViewFilter) {
  return useQuery(() => ({
    queryKey: inboxSearchKey(query(), filter()),
    queryFn: () => requestOrThrow("inbox:search", { query: query(), filter: toInboxFilter(filter()), limit: SEARCH_LIMIT }),
    enabled: connected() && query().trim() !== "",
    staleTime: Infinity,
  }));
}

/** `wanted`: false for someone who works no brand's conversations (a trainer), who has no inbox to count. */
export function useInboxCounts(wanted: () => boolean) {
  return useQuery(() => ({ ...socketQuery("inbox:counts", {}), queryKey: inboxCountsKey, enabled: connected() && wanted() }));
}

const SORT_KEY = "switchboard.inbox.sort";
const [sort, setSortSignal] = createSignal<InboxSort>(globalThis.localStorage?.getItem(SORT_KEY) === "newest" ? "newest" : "attention");

/** The agent's chosen order, kept in this browser. */
export { sort as inboxSort };

export function setInboxSort(next: InboxSort): void {
  localStorage.setItem(SORT_KEY, next);
  setSortSignal(next);
}
