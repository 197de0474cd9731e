/**
 * One view's list as far as the agent has scrolled: the rows loaded so far, in the server's order, and the cursor of
 * the next page. Pages and pushes both land here. Versions only grow, so an older snapshot of a conversation never
 * replaces a newer one, whichever arrives last; a pushed change moves, adds or drops the row so the list stays what
 * the server would page for this filter now.
 */
import { compareRows, isBeyond, keysetOf } from "../../../shared/domain/inbox/order.ts";
import { inView } from "../../../shared/domain/inbox/view.ts";
import type { Conversation, InboxRow } from "../../../shared/schemas/conversation.ts";
import type { InboxPage, InboxSort } from "../../../shared/schemas/inbox.ts";
import type { ViewFilter } from "./filter.ts";

/**
 * A class, not a plain object, because the query cache hands its data to a Solid store: the store walks every plain
 * object set into it (unwrap) and then serves each read through a proxy, which on a view change cost more than
 * building the list (50 rows of 30-odd fields). A list is only ever replaced whole, never patched in place, so that
 * fine-grained tracking buys nothing; the store keeps a class instance as it is. Make new states with `new`, not by
 * spreading an old one, or the store walks it again.
 */
export class InboxListState {
  constructor(
    readonly rows: readonly InboxRow[],
    /** null once the last page is loaded */
    readonly nextCursor: string | null,
    /**
     * The last row of the last page loaded, as that page had it: where the next page starts. Pushes move rows, so
     * the last row listed now is not it.
     */
    readonly pageEnd: InboxRow | null,
  ) {}
}

export interface ListContext {
  filter: ViewFilter;
  sort: InboxSort;
  userId: string;
}

/** What the console knows beyond one list: the newest snapshot and read marker seen anywhere. */
export interface Ledger {
  conversation(id: string): Conversation | undefined;
  readSeq(id: string): number | undefined;
}

const emptyLedger: Ledger = { conversation: () => undefined, readSeq: () => undefined };

export function listFromPage(page: InboxPage, context: ListContext, ledger: Ledger = emptyLedger): InboxListState {
  return appendPage(new InboxListState([], null, null), page, context, ledger);
}

/**
 * Adds the next page under the rows loaded so far. A row already listed (a push put it there while the page was on
 * its way) is not listed twice, and a row the agent has seen a newer version of is placed by that version.
 */
export function appendPage(state: InboxListState, page: InboxPage, context: ListContext, ledger: Ledger = emptyLedger): InboxListState {
  const listed = new Set(state.rows.map((row) => row.id));
  const fresh: InboxRow[] = [];
  const newer: InboxRow[] = [];
  for (const row of page.rows) {
    const known = ledger.conversation(row.id);
    const readSeq = Math.max(row.lastReadSeq, ledger.readSeq(row.id) ?? 0);
    if (known !== undefined && known.version > row.version) newer.push({ ...known, lastReadSeq: readSeq });
    else if (listed.has(row.id)) newer.push({ ...row, lastReadSeq: readSeq });
    else fresh.push(readSeq === row.lastReadSeq ? row : { ...row, lastReadSeq: readSeq });
  }
  let next = new InboxListState([...state.rows, ...fresh], page.nextCursor, page.rows.at(-1) ?? state.pageEnd);
  for (const row of newer) next = applyConversation(next, row, context, row.lastReadSeq);
  return next;
}

/**
 * A conversation's new state, from a push or an acknowledgement. Returns the same state object when nothing
 * changed, so callers can skip a render.
 */
export function applyConversation(
  state: InboxListState,
  conversation: Conversation,
  context: ListContext,
  knownReadSeq?: number,
): InboxListState {
  const index = state.rows.findIndex((row) => row.id === conversation.id);
  const current = index === -1 ? undefined : state.rows[index];
  if (current !== undefined && current.version > conversation.version) return state;
  const rest = index === -1 ? state.rows : state.rows.filter((_, i) => i !== index);
  const dropped = () => (index === -1 ? state : new InboxListState(rest, state.nextCursor, state.pageEnd));
  if (!inView(conversation, context.filter, context.userId)) return dropped();
  // after the cursor it belongs to a page not loaded yet, which will bring it
  if (state.nextCursor !== null && state.pageEnd !== null && isBeyond(conversation, keysetOf(state.pageEnd, context.sort), context.sort)) return dropped();
  const lastReadSeq = Math.max(current?.lastReadSeq ?? 0, knownReadSeq ?? 0);
  const row: InboxRow = { ...conversation, lastReadSeq };
  const position = insertionIndex(rest, row, compareRows(context.sort));
  return new InboxListState([...rest.slice(0, position), row, ...rest.slice(position)], state.nextCursor, state.pageEnd);
}

/** Moves a read marker forward (never back); the same state when the row is absent or already read that far. */
export function applyReadMarker(state: InboxListState, conversationId: string, lastReadSeq: number): InboxListState {
  const index = state.rows.findIndex((row) => row.id === conversationId);
  const row = state.rows[index];
  if (row === undefined || row.lastReadSeq >= lastReadSeq) return state;
  const rows = state.rows.slice();
  rows[index] = { ...row, lastReadSeq };
  return new InboxListState(rows, state.nextCursor, state.pageEnd);
}

/** Search results are ranked by the server: a change patches a listed row in place and never moves or adds one. */
export function patchRowInPlace(rows: readonly InboxRow[], conversation: Conversation): readonly InboxRow[] {
  const index = rows.findIndex((row) => row.id === conversation.id);
  const row = rows[index];
  if (row === undefined || row.version > conversation.version) return rows;
  const next = rows.slice();
  next[index] = { ...conversation, lastReadSeq: row.lastReadSeq };
  return next;
}

export function isUnread(row: Pick<InboxRow, "lastSeq" | "lastReadSeq">): boolean {
  return row.lastSeq > row.lastReadSeq;
}

function insertionIndex<T>(rows: readonly T[], row: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(rows[middle] as T, row) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
