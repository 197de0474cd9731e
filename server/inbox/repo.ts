import type { ConversationStatus, InboxRow } from "../../shared/schemas/conversation.ts";
import { CONVERSATION_COLUMNS, CONVERSATION_FROM, toConversation, type ConversationRow } from "../conversations/repo.ts";
import type { Queryable } from "../db/client.ts";
import type { CountGroup } from "./sideBarCounts.ts";
import { exactInstant, pageStreamSql, SORTS, SqlParams, type Keyset, type StreamRequest } from "./inboxQuery.ts";

interface InboxRowRow extends ConversationRow {
  last_read_seq: number;
}

// the read marker as a subquery rather than a join: one relation less for the planner, on every inbox query
const rowColumns = (callerId: string) =>
  `${CONVERSATION_COLUMNS}, coalesce((SELECT r.last_read_seq FROM conversation_reads r WHERE r.conversation_id = c.id AND r.user_id = ${callerId}::uuid), 0) AS last_read_seq`;

export function toInboxRow(row: InboxRowRow): InboxRow {
  return { ...toConversation(row), lastReadSeq: Number(row.last_read_seq) };
}

/**
 * Runs a row query and returns each row as one JSON value rather than thirty-odd fields: on the embedded database
 * decoding a page of 50 rows field by field cost more than the query itself (measured 3.3 → 2.4 ms a page).
 * Timestamps arrive as ISO text, which toConversation reads as it reads dates. `order` names columns of the rows.
 */
async function selectJsonRows<Row>(db: Queryable, sql: string, order: string, params: unknown[]): Promise<Row[]> {
  const found = await db.query<{ row: Row }>(`SELECT row_to_json(x) AS row FROM (${sql}) x ORDER BY ${order}`, params);
  return found.rows.map((r) => r.row);
}

/** One page in the request's order, each row with its exact sort key for the next cursor. */
export async function selectInboxPage(db: Queryable, callerId: string, request: StreamRequest, params: SqlParams): Promise<{ row: InboxRow; keyset: Keyset }[]> {
  const stream = pageStreamSql(request, params);
  const { column, direction } = SORTS[request.sort];
  const rows = await selectJsonRows<InboxRowRow & { sort_key: string }>(
    db,
    `SELECT ${rowColumns(params.add(callerId))}, ${exactInstant("page.sort_at")} AS sort_key
     FROM ${CONVERSATION_FROM} JOIN (${stream}) page ON page.id = c.id`,
    `x.${column} ${direction}, x.id ${direction}`,
    params.values,
  );
  return rows.map((row) => ({ row: toInboxRow(row), keyset: { at: row.sort_key, id: row.id } }));
}

/**
 * Every count of the side bar in one statement. Conversations still being worked on are grouped in detail;
 * resolved ones, the bulk of the table and growing forever, are only counted per brand from the index.
 */
export async function countInboxGroups(db: Queryable, brandIds: readonly string[], callerId: string): Promise<CountGroup[]> {
  const found = await db.query<CountGroup>(
    `SELECT c.brand_id AS "brandId", c.channel, c.status, c.assignee_id IS NULL AS unassigned, c.assignee_id = $2::uuid AS mine, count(*)::int AS n
     FROM conversations c WHERE c.brand_id = ANY($1::uuid[]) AND c.status IN ('open', 'pending', 'snoozed')
     GROUP BY 1, 2, 3, 4, 5
     UNION ALL
     SELECT b.brand_id, NULL, 'resolved', NULL, NULL, (SELECT count(*) FROM conversations c WHERE c.brand_id = b.brand_id AND c.status = 'resolved')::int
     FROM unnest($1::uuid[]) AS b(brand_id)`,
    [brandIds, callerId],
  );
  return found.rows;
}

// the documents exactly as the GIN indexes of 002_inbox.sql define them; any other spelling cannot use the index
const bodyDocument = (item: string) => `to_tsvector('english', ${item}.body)`;
const subjectDocument = (conversation: string) => `to_tsvector('english', coalesce(${conversation}.subject, ''))`;
const contactDocument = (contact: string) =>
  `to_tsvector('simple', ${contact}.name || ' ' || coalesce(${contact}.email, '') || ' ' || coalesce(${contact}.phone, ''))`;

/** The query as stemmed words for subjects and message text, and as exact words for names, addresses and numbers. */
function tsQueries(text: string, params: SqlParams): { english: string; simple: string } {
  const placeholder = params.add(text);
  return { english: `websearch_to_tsquery('english', ${placeholder})`, simple: `websearch_to_tsquery('simple', ${placeholder})` };
}

/**
 * Of the conversations in the stream (newest first), those whose subject, contact or one of their newest
 * `itemsEach` messages and notes match: up to `limit` inbox rows, newest first. Each conversation is checked in
 * a scalar subquery, which Postgres never turns into a join: it stays a lookup by key whatever the statistics
 * say. As a join (or an EXISTS, which becomes one) a database without statistics hashed every contact for it,
 * and the embedded database is never analysed unless someone runs ANALYZE.
 */
export async function selectRecentMatches(
  db: Queryable,
  stream: StreamRequest,
  query: { text: string; itemsEach: number; limit: number; callerId: string },
  params: SqlParams,
): Promise<InboxRow[]> {
  const recent = pageStreamSql(stream, params);
  const q = tsQueries(query.text, params);
  const rows = await selectJsonRows<InboxRowRow>(
    db,
    `SELECT ${rowColumns(params.add(query.callerId))} FROM ${CONVERSATION_FROM} JOIN (
       SELECT recent.id FROM (${recent}) recent
       WHERE (SELECT ${subjectDocument("m")} @@ ${q.english}
                     OR ${contactDocument("k")} @@ ${q.simple}
                     OR EXISTS (SELECT 1 FROM (SELECT ti.body FROM timeline_items ti
                                               WHERE ti.conversation_id = m.id AND ti.kind IN ('message', 'note')
                                               ORDER BY ti.seq DESC LIMIT ${params.add(query.itemsEach)}) latest
                                WHERE ${bodyDocument("latest")} @@ ${q.english})
              FROM conversations m JOIN contacts k ON k.id = m.contact_id WHERE m.id = recent.id)
       ORDER BY recent.sort_at DESC, recent.id DESC LIMIT ${params.add(query.limit)}
     ) hit ON hit.id = c.id`,
    "x.last_activity_at DESC, x.id DESC",
    params.values,
  );
  return rows.map(toInboxRow);
}

export interface IndexedSearch {
  text: string;
  brandIds: readonly string[];
  statuses: readonly ConversationStatus[];
  conditions: readonly string[];
  /** found already, newest first; merged with what the indexes find */
  knownIds: readonly string[];
  /** how many matches each source (contacts, subjects, message bodies) may contribute */
  candidatesEach: number;
  limit: number;
  callerId: string;
}

/**
 * Looks the text up in the three full-text indexes, brand-scoped, each source capped at `candidatesEach` rows in
 * index order (unsorted, so a word found in half a million messages costs no more than a rare one beyond its
 * bitmap), then filters the candidates and returns the newest `limit` as inbox rows.
 */
export async function selectIndexedMatches(db: Queryable, search: IndexedSearch, params: SqlParams): Promise<InboxRow[]> {
  const q = tsQueries(search.text, params);
  const brands = `${params.add(search.brandIds)}::uuid[]`;
  const cap = params.add(search.candidatesEach);
  const where = [`c.brand_id = ANY(${brands})`, `c.status = ANY(${params.add(search.statuses)}::text[])`, ...search.conditions];
  const rows = await selectJsonRows<InboxRowRow>(
    db,
    `SELECT ${rowColumns(params.add(search.callerId))} FROM ${CONVERSATION_FROM}
     WHERE c.id = ANY(ARRAY(
             SELECT unnest(${params.add(search.knownIds)}::uuid[])
             UNION (SELECT ti.conversation_id FROM timeline_items ti
                    WHERE ti.brand_id = ANY(${brands}) AND ti.kind IN ('message', 'note') AND ${bodyDocument("ti")} @@ ${q.english} LIMIT ${cap})
             UNION (SELECT s.id FROM conversations s WHERE s.brand_id = ANY(${brands}) AND ${subjectDocument("s")} @@ ${q.english} LIMIT ${cap})
             UNION (SELECT k.id FROM contacts kc JOIN conversations k ON k.contact_id = kc.id
                    WHERE kc.brand_id = ANY(${brands}) AND ${contactDocument("kc")} @@ ${q.simple} LIMIT ${cap})))
       AND ${where.join(" AND ")}
     ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ${params.add(search.limit)}`,
    "x.last_activity_at DESC, x.id DESC",
    params.values,
  );
  return rows.map(toInboxRow);
}

export interface ChangedRow {
  row: InboxRow;
  /** updated_at truncated to the millisecond, as the wire carries it */
  changedAtMs: number;
}

/** Conversations of the brands changed after `since`, oldest change first, at most `limit`. */
export function selectChangedSince(db: Queryable, brandIds: readonly string[], callerId: string, since: string, limit: number): Promise<ChangedRow[]> {
  return selectChanged(db, brandIds, callerId, (params) => ({ window: `c.updated_at > ${params.add(since)}::timestamptz`, limit: params.add(limit) }));
}

/** All conversations of the brands changed within the millisecond that starts at `at`. */
export function selectChangedWithin(db: Queryable, brandIds: readonly string[], callerId: string, at: string): Promise<ChangedRow[]> {
  return selectChanged(db, brandIds, callerId, (params) => {
    const start = `${params.add(at)}::timestamptz`;
    return { window: `c.updated_at >= ${start} AND c.updated_at < ${start} + interval '1 millisecond'`, limit: "ALL" };
  });
}

async function selectChanged(
  db: Queryable,
  brandIds: readonly string[],
  callerId: string,
  range: (params: SqlParams) => { window: string; limit: string },
): Promise<ChangedRow[]> {
  const params = new SqlParams();
  const { window, limit } = range(params);
  // per brand, one ordered range of the (brand_id, updated_at) index
  const rows = await selectJsonRows<InboxRowRow & { changed_at: string }>(
    db,
    `SELECT ${rowColumns(params.add(callerId))}, date_trunc('milliseconds', c.updated_at) AS changed_at
     FROM ${CONVERSATION_FROM} JOIN (
       SELECT pick.id, pick.updated_at FROM unnest(${params.add(brandIds)}::uuid[]) AS b(brand_id)
       CROSS JOIN LATERAL (SELECT c.id, c.updated_at FROM conversations c WHERE c.brand_id = b.brand_id AND ${window}
                           ORDER BY c.updated_at, c.id LIMIT ${limit}) pick
       ORDER BY pick.updated_at, pick.id LIMIT ${limit}
     ) page ON page.id = c.id`,
    "x.updated_at, x.id",
    params.values,
  );
  return rows.map((row) => ({ row: toInboxRow(row), changedAtMs: new Date(row.changed_at).getTime() }));
}
