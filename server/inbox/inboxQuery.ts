/**
 * How an inbox request becomes SQL, kept free of I/O so that it is tested without a database: which brands a
 * request covers, the conditions a filter adds, the two sort orders, their keyset cursors, and the ordered
 * stream of one page.
 *
 * The stream is planned per brand and per status (a LATERAL over the brands, one UNION ALL branch per status)
 * because every such pair is one ordered range of an index such as (brand_id, status, attention_at, id): each
 * branch reads at most a page, and the merge sorts at most brands × statuses × page rows, however large the
 * brands are. A single `brand_id = ANY(…)` query would have to sort every open conversation of the caller's
 * brands. Each status is its own parameter, so the planner also sees the partial indexes on status = 'open'.
 */
import { z } from "zod";
import { ConversationStatus } from "../../shared/schemas/conversation.ts";
import type { InboxFilter, InboxSort } from "../../shared/schemas/inbox.ts";

/** Positional parameters of one statement: add() returns the placeholder of the value. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The brands a request covers: the filter's brands when every one is readable, all readable brands when the
 * filter names none. null means refused: a brand named outside the caller's, or no readable brand at all.
 */
export function scopeBrands(readable: readonly string[], requested: readonly string[] = []): string[] | null {
  if (readable.length === 0) return null;
  if (requested.length === 0) return [...readable];
  const allowed = new Set(readable);
  return requested.every((id) => allowed.has(id)) ? [...new Set(requested)] : null;
}

/** An empty or absent status list means every status. */
export function statusesOf(statuses: readonly ConversationStatus[] | undefined): ConversationStatus[] {
  return statuses && statuses.length > 0 ? [...new Set(statuses)] : [...ConversationStatus.options];
}

/** The conditions on conversations `c` that a filter adds besides brand and status, which the stream plans itself. */
export function filterConditions(filter: Partial<InboxFilter>, callerId: string, params: SqlParams): string[] {
  const conditions: string[] = [];
  const channels = filter.channels ?? [];
  if (channels.length === 1) conditions.push(`c.channel = ${params.add(channels[0])}`);
  if (channels.length > 1) conditions.push(`c.channel = ANY(${params.add(channels)}::text[])`);
  const assignee = filter.assignee ?? "any";
  if (assignee === "unassigned") conditions.push("c.assignee_id IS NULL");
  else if (assignee !== "any") conditions.push(`c.assignee_id = ${params.add(assignee === "me" ? callerId : assignee)}::uuid`);
  // tags combine like the other lists: a conversation with any of them
  if (filter.tags && filter.tags.length > 0) conditions.push(`c.tags && ${params.add(filter.tags)}::text[]`);
  return conditions;
}

interface SortSpec {
  /** the conversations column the order is on; ties are broken by id in the same direction */
  column: "attention_at" | "last_activity_at";
  direction: "ASC" | "DESC";
  /** the comparison that selects rows after a key in this order */
  after: ">" | "<";
}

export const SORTS: Readonly<Record<InboxSort, SortSpec>> = {
  attention: { column: "attention_at", direction: "ASC", after: ">" },
  newest: { column: "last_activity_at", direction: "DESC", after: "<" },
};

/** The last row of a page: its sort key as exact text (microseconds, UTC) and its id. */
export interface Keyset {
  at: string;
  id: string;
}

const CursorPayload = z.tuple([
  z.enum(["attention", "newest"]),
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
  z.uuid(),
]);

export function encodeCursor(sort: InboxSort, keyset: Keyset): string {
  return Buffer.from(JSON.stringify([sort, keyset.at, keyset.id])).toString("base64url");
}

/** null when the cursor is not one of ours, or was made for the other sort order. */
export function decodeCursor(cursor: string, sort: InboxSort): Keyset | null {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = CursorPayload.safeParse(payload);
  if (!parsed.success || parsed.data[0] !== sort) return null;
  return { at: parsed.data[1], id: parsed.data[2] };
}

/** A sort key as text that reads back into the same timestamptz, microseconds included. */
export const exactInstant = (expression: string) => `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface StreamRequest {
  brandIds: readonly string[];
  statuses: readonly ConversationStatus[];
  conditions: readonly string[];
  sort: InboxSort;
  after: Keyset | null;
  limit: number;
}

/** SELECT of (id, sort_at) for one page of conversations in the sort order, at most `limit` rows. */
export function pageStreamSql(request: StreamRequest, params: SqlParams): string {
  const { column, direction, after } = SORTS[request.sort];
  const limit = params.add(request.limit);
  const shared = [...request.conditions];
  if (request.after) {
    shared.push(`(c.${column}, c.id) ${after} (${params.add(request.after.at)}::timestamptz, ${params.add(request.after.id)}::uuid)`);
  }
  const branches = request.statuses.map((status) => {
    const where = ["c.brand_id = b.brand_id", `c.status = ${params.add(status)}`, ...shared].join(" AND ");
    return `(SELECT c.id, c.${column} AS sort_at FROM conversations c WHERE ${where} ORDER BY c.${column} ${direction}, c.id ${direction} LIMIT ${limit})`;
  });
  return `SELECT pick.id, pick.sort_at FROM unnest(${params.add(request.brandIds)}::uuid[]) AS b(brand_id)
    CROSS JOIN LATERAL (${branches.join(" UNION ALL ")}) pick
    ORDER BY pick.sort_at ${direction}, pick.id ${direction} LIMIT ${limit}`;
}
