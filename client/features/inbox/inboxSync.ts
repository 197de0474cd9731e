/**
 * Keeps every cached inbox list, search result, conversation and count current from the server's pushes, and
 * catches up after a reconnect. The lists live in the query cache under ["inbox:list", { filter, sort }]; this
 * module is the only writer besides the first page's fetch. It also keeps the ledger: the newest snapshot and read
 * marker seen per conversation, since a push carries no read marker and a page may be older than a push.
 */
import type { QueryClient, QueryKey } from "@tanstack/solid-query";
import type { Conversation, InboxRow } from "../../../shared/schemas/conversation.ts";
import type { InboxPage, InboxSort } from "../../../shared/schemas/inbox.ts";
import { RequestFailed, type RequestFn } from "../../realtime/request.ts";
import { toInboxFilter, type ViewFilter } from "./filter.ts";
import {
  appendPage,
  applyConversation,
  applyReadMarker,
  listFromPage,
  patchRowInPlace,
  type InboxListState,
  type Ledger,
  type ListContext,
} from "./inboxList.ts";

/** Two screens of rows: a view change waits for one page, so it stays small; scrolling loads the next long before the end. */
const PAGE_SIZE = 50;
/** Counts are one query for the whole side bar; a burst of pushes refreshes them once. */
const COUNTS_DEBOUNCE_MS = 750;
/** How far before the drop to ask for changes: covers a client clock running ahead of the server's. */
const CATCH_UP_MARGIN_MS = 2 * 60_000;
/** Beyond this many pages of changes, refetching the lists is cheaper than replaying them. */
const CATCH_UP_MAX_PAGES = 10;

export interface ListKeyInput {
  filter: ViewFilter;
  sort: InboxSort;
}

export const inboxListKey = (input: ListKeyInput) => ["inbox:list", input] as const;
export const inboxSearchKey = (query: string, filter: ViewFilter) => ["inbox:search", { query, filter }] as const;
export const inboxCountsKey = ["inbox:counts", {}] as const;
export const conversationKey = (conversationId: string) => ["conversation:get", { conversationId }] as const;

export interface InboxSyncDeps {
  request: RequestFn;
  userId: () => string | undefined;
  now?: () => number;
}

export type InboxSync = ReturnType<typeof createInboxSync>;

export function createInboxSync(queryClient: QueryClient, deps: InboxSyncDeps) {
  const now = deps.now ?? Date.now;
  const conversations = new Map<string, Conversation>();
  const readSeqs = new Map<string, number>();
  let countsTimer: ReturnType<typeof setTimeout> | undefined;
  let disconnectedAt: number | null = null;
  // the server's clock, not ours: catch-up asks from the newest change seen, so a skewed device clock misses nothing
  let newestChangeSeen: number | null = null;

  const ledger: Ledger = {
    conversation: (id) => conversations.get(id),
    readSeq: (id) => readSeqs.get(id),
  };

  function remember(conversation: Conversation): boolean {
    newestChangeSeen = Math.max(newestChangeSeen ?? 0, Date.parse(conversation.updatedAt));
    const known = conversations.get(conversation.id);
    if (known !== undefined && known.version > conversation.version) return false;
    conversations.set(conversation.id, conversation);
    return true;
  }

  function rememberRead(conversationId: string, lastReadSeq: number): boolean {
    if ((readSeqs.get(conversationId) ?? -1) >= lastReadSeq) return false;
    readSeqs.set(conversationId, lastReadSeq);
    return true;
  }

  function contextOf(key: QueryKey, userId: string): ListContext {
    const input = key[1] as ListKeyInput;
    return { filter: input.filter, sort: input.sort, userId };
  }

  function scheduleCounts(): void {
    clearTimeout(countsTimer);
    countsTimer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: inboxCountsKey }), COUNTS_DEBOUNCE_MS);
  }

  /** A conversation's new state: every view it is in or now belongs to, its header, and the counts. */
  function applyChange(conversation: Conversation, readSeq?: number): void {
    if (readSeq !== undefined) rememberRead(conversation.id, readSeq);
    if (!remember(conversation)) return;
    const userId = deps.userId();
    if (userId !== undefined) {
      for (const query of queryClient.getQueryCache().findAll({ queryKey: ["inbox:list"] })) {
        const state = query.state.data as InboxListState | undefined;
        if (state === undefined) continue;
        const next = applyConversation(state, conversation, contextOf(query.queryKey, userId), readSeqs.get(conversation.id));
        if (next !== state) queryClient.setQueryData(query.queryKey, next);
      }
    }
    queryClient.setQueriesData<InboxPage>({ queryKey: ["inbox:search"] }, (page) => {
      if (page === undefined) return page;
      const rows = patchRowInPlace(page.rows, conversation) as InboxRow[];
      return rows === page.rows ? page : { ...page, rows };
    });
    queryClient.setQueryData<Conversation>(conversationKey(conversation.id), (current) =>
      current === undefined || current.version <= conversation.version ? conversation : current,
    );
    scheduleCounts();
  }

  /** The agent's read marker moved (here, in another tab, or by an acknowledgement). */
  function applyRead(conversationId: string, lastReadSeq: number): void {
    if (!rememberRead(conversationId, lastReadSeq)) return;
    for (const query of queryClient.getQueryCache().findAll({ queryKey: ["inbox:list"] })) {
      const state = query.state.data as InboxListState | undefined;
      if (state === undefined) continue;
      const next = applyReadMarker(state, conversationId, lastReadSeq);
      if (next !== state) queryClient.setQueryData(query.queryKey, next);
    }
    queryClient.setQueriesData<InboxPage>({ queryKey: ["inbox:search"] }, (page) => {
      if (page === undefined) return page;
      const index = page.rows.findIndex((row) => row.id === conversationId);
      const row = page.rows[index];
      if (row === undefined || row.lastReadSeq >= lastReadSeq) return page;
      return { ...page, rows: page.rows.map((r, i) => (i === index ? { ...r, lastReadSeq } : r)) };
    });
  }

  /** The first page of a view, as a list the pushes can keep current. */
  async function fetchFirstPage(input: ListKeyInput, userId: string): Promise<InboxListState> {
    const result = await deps.request("inbox:list", { filter: toInboxFilter(input.filter), sort: input.sort, cursor: null, limit: PAGE_SIZE });
    if (!result.ok) throw new RequestFailed(result.error);
    noteRows(result.data.rows);
    return listFromPage(result.data, { ...input, userId }, ledger);
  }

  /** The next page under what is loaded; merged into the list as it is then, not as it was when asked. */
  async function loadMore(input: ListKeyInput, userId: string): Promise<{ ok: true } | { ok: false; message: string }> {
    const key = inboxListKey(input);
    const cursor = queryClient.getQueryData<InboxListState>(key)?.nextCursor;
    if (cursor === undefined || cursor === null) return { ok: true };
    const result = await deps.request("inbox:list", { filter: toInboxFilter(input.filter), sort: input.sort, cursor, limit: PAGE_SIZE });
    if (!result.ok) return { ok: false, message: result.error.message };
    noteRows(result.data.rows);
    queryClient.setQueryData<InboxListState>(key, (state) =>
      // a reset in between (the list was refetched) leaves this page's cursor meaningless
      state === undefined || state.nextCursor !== cursor ? state : appendPage(state, result.data, { ...input, userId }, ledger),
    );
    return { ok: true };
  }

  function noteRows(rows: readonly InboxRow[]): void {
    for (const row of rows) {
      rememberRead(row.id, row.lastReadSeq);
      newestChangeSeen = Math.max(newestChangeSeen ?? 0, Date.parse(row.updatedAt));
    }
  }

  function disconnected(): void {
    disconnectedAt ??= now();
  }

  /**
   * After a reconnect: apply every conversation changed since shortly before the newest change seen (or the drop,
   * when none was seen). Applying a change twice is harmless (versions), so the window errs on the early side.
   * missedSince: the server says pushes were lost from then on while the socket stayed up (session:resync); changes
   * seen after it came through this process and say nothing of the others, so the window starts there at the latest.
   */
  async function catchUp(missedSince?: string): Promise<void> {
    if (disconnectedAt === null && missedSince === undefined) return;
    const lastSeen = newestChangeSeen ?? disconnectedAt ?? Number.POSITIVE_INFINITY;
    const from = missedSince === undefined ? lastSeen : Math.min(lastSeen, Date.parse(missedSince));
    let since = new Date(from - CATCH_UP_MARGIN_MS).toISOString();
    disconnectedAt = null;
    for (let page = 0; page < CATCH_UP_MAX_PAGES; page++) {
      const result = await deps.request("inbox:changes", { since, limit: 500 });
      if (!result.ok) break;
      for (const row of result.data.rows) applyChange(row, row.lastReadSeq);
      for (const row of result.data.rows) applyRead(row.id, row.lastReadSeq);
      if (result.data.complete) {
        scheduleCounts();
        return;
      }
      since = result.data.until;
    }
    // too much changed, or the server could not say: start the lists again from their first pages
    await queryClient.invalidateQueries({ queryKey: ["inbox:list"] });
    await queryClient.invalidateQueries({ queryKey: ["inbox:search"] });
  }

  /** The newest snapshot of a conversation the console holds anywhere, to show while its own query loads. */
  function snapshotOf(conversationId: string): Conversation | undefined {
    let newest = conversations.get(conversationId);
    for (const query of queryClient.getQueryCache().findAll({ queryKey: ["inbox:list"] })) {
      const row = (query.state.data as InboxListState | undefined)?.rows.find((r) => r.id === conversationId);
      if (row !== undefined && (newest === undefined || row.version > newest.version)) newest = row;
    }
    return newest;
  }

  /** Everything this session saw; the next agent at this browser starts empty. */
  function forget(): void {
    conversations.clear();
    readSeqs.clear();
    clearTimeout(countsTimer);
    disconnectedAt = null;
  }

  return { applyChange, applyRead, fetchFirstPage, loadMore, disconnected, catchUp, forget, snapshotOf, ledger };
}
