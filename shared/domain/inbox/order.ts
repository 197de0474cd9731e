/**
 * The inbox's two orders and their keyset: attention (the next SLA due time, else since when the customer waits,
 * else the last activity; soonest first) and newest (latest activity first), each with ties broken by id in the
 * same direction. The server pages a view by (sort key, id) after the last row of the previous page
 * (server/inbox/inboxQuery.ts); the console puts a pushed row where the next page would have put it, and tells
 * by the same comparison whether a row lies beyond what is loaded. Every instant the server stores comes from a
 * JavaScript Date, so millisecond keys order exactly as the database's microsecond columns do.
 */
import type { Conversation } from "../../schemas/conversation.ts";
import type { InboxSort } from "../../schemas/inbox.ts";
import { attentionAt, type AttentionFields } from "../sla/clock.ts";

export type OrderFields = Pick<Conversation, "id"> & AttentionFields;

/** A row's place in an order: its sort key in ms and its id. */
export interface Keyset {
  atMs: number;
  id: string;
}

export function keysetOf(row: OrderFields, sort: InboxSort): Keyset {
  return { atMs: Date.parse(sort === "attention" ? attentionAt(row) : row.lastActivityAt), id: row.id };
}

// uuids compare in Postgres byte by byte, which for lowercase hex is string order
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Negative when `a` comes before `b` in the order. */
export function compareKeysets(sort: InboxSort, a: Keyset, b: Keyset): number {
  const ascending = a.atMs - b.atMs || byId(a.id, b.id);
  return sort === "attention" ? ascending : -ascending;
}

export function compareRows(sort: InboxSort): (a: OrderFields, b: OrderFields) => number {
  return (a, b) => compareKeysets(sort, keysetOf(a, sort), keysetOf(b, sort));
}

/** Whether a row comes after a page's last row, where only the next page (which starts after it) can bring it. */
export function isBeyond(row: OrderFields, last: Keyset, sort: InboxSort): boolean {
  return compareKeysets(sort, keysetOf(row, sort), last) > 0;
}
