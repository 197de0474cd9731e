import type { WaitingEffect } from "../../shared/domain/conversations/waiting.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { conversationAssignments, type ConversationChanges } from "../conversations/repo.ts";
import type { Queryable } from "../db/client.ts";

interface TimelineRow {
  id: string;
  conversation_id: string;
  brand_id: string;
  seq: number;
  client_id: string;
  kind: TimelineItem["kind"];
  direction: TimelineItem["direction"];
  author_type: TimelineItem["authorType"];
  author_user_id: string | null;
  author_contact_id: string | null;
  body: string;
  data: Record<string, unknown>;
  created_at: Date;
}

export function toTimelineItem(row: TimelineRow): TimelineItem {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    brandId: row.brand_id,
    seq: Number(row.seq),
    clientId: row.client_id,
    kind: row.kind,
    direction: row.direction,
    authorType: row.author_type,
    authorUserId: row.author_user_id,
    authorContactId: row.author_contact_id,
    body: row.body,
    data: row.data,
    createdAt: new Date(row.created_at).toISOString(),
  } as TimelineItem;
}

export interface NewTimelineItem {
  id: string;
  conversationId: string;
  /** a clientId that is stored already makes the insert a no-op */
  clientId: string;
  kind: TimelineItem["kind"];
  direction: TimelineItem["direction"];
  /** a contact's item is authored by the conversation's contact */
  authorType: TimelineItem["authorType"];
  authorUserId: string | null;
  body: string;
  data: object;
  /** the inbox row's preview, taken from messages only */
  preview: string;
  waiting: WaitingEffect;
  at: Date;
}

/**
 * Takes the conversation's next seq and inserts the item in one statement: the UPDATE's row lock orders
 * concurrent writers, so seqs are distinct and gap-free, and a rollback returns the seq with the item.
 * The same UPDATE moves the conversation's version and activity, applies the item's effect on waiting_since,
 * and writes the field changes the item records. Null when the conversation does not exist or the clientId
 * was used before.
 */
export async function insertTimelineItem(db: Queryable, item: NewTimelineItem, changes: ConversationChanges = {}): Promise<TimelineItem | null> {
  const params = [
    item.id,
    item.conversationId,
    item.clientId,
    item.kind,
    item.direction,
    item.authorType,
    item.authorUserId,
    item.body,
    JSON.stringify(item.data),
    item.waiting,
    item.at,
    item.preview,
  ];
  const set = conversationAssignments(changes, params.length + 1);
  const inserted = await db.query<TimelineRow>(
    `WITH bumped AS (
       UPDATE conversations
       SET last_seq = last_seq + 1,
           version = version + 1,
           last_activity_at = $11::timestamptz,
           updated_at = $11::timestamptz,
           last_preview = CASE WHEN $4::text = 'message' THEN $12::text ELSE last_preview END,
           first_responded_at = CASE WHEN $4::text = 'message' AND $5::text = 'outbound' THEN coalesce(first_responded_at, $11::timestamptz) ELSE first_responded_at END,
           waiting_since = CASE $10::text WHEN 'start' THEN coalesce(waiting_since, $11::timestamptz) WHEN 'stop' THEN NULL ELSE waiting_since END
           ${set.sql}
       WHERE id = $2::uuid AND NOT EXISTS (SELECT 1 FROM timeline_items WHERE client_id = $3::uuid)
       RETURNING id, brand_id, contact_id, last_seq
     )
     INSERT INTO timeline_items (id, conversation_id, brand_id, seq, client_id, kind, direction, author_type, author_user_id, author_contact_id, body, data, created_at)
     SELECT $1::uuid, bumped.id, bumped.brand_id, bumped.last_seq, $3::uuid, $4::text, $5::text, $6::text, $7::uuid,
            CASE WHEN $6::text = 'contact' THEN bumped.contact_id END, $8::text, $9::jsonb, $11::timestamptz
     FROM bumped
     RETURNING *`,
    [...params, ...set.params],
  );
  return inserted.rows[0] ? toTimelineItem(inserted.rows[0]) : null;
}

export async function findItemByClientId(db: Queryable, clientId: string): Promise<TimelineItem | null> {
  const found = await db.query<TimelineRow>("SELECT * FROM timeline_items WHERE client_id = $1", [clientId]);
  return found.rows[0] ? toTimelineItem(found.rows[0]) : null;
}

/** The name of the latest user other than userId whose reply (an outbound message) came after seq. */
export async function findReplierSince(db: Queryable, conversationId: string, seq: number, userId: string): Promise<string | null> {
  const found = await db.query<{ name: string }>(
    `SELECT u.name FROM timeline_items t JOIN users u ON u.id = t.author_user_id
     WHERE t.conversation_id = $1 AND t.seq > $2 AND t.kind = 'message' AND t.direction = 'outbound' AND t.author_user_id <> $3
     ORDER BY t.seq DESC LIMIT 1`,
    [conversationId, seq, userId],
  );
  return found.rows[0]?.name ?? null;
}

export async function listItemsAfter(db: Queryable, conversationId: string, afterSeq: number, limit: number): Promise<TimelineItem[]> {
  const found = await db.query<TimelineRow>(
    "SELECT * FROM timeline_items WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
    [conversationId, afterSeq, limit],
  );
  return found.rows.map(toTimelineItem);
}

/** The last `limit` items before a seq, oldest first. */
export async function listItemsBefore(db: Queryable, conversationId: string, beforeSeq: number, limit: number): Promise<TimelineItem[]> {
  const found = await db.query<TimelineRow>(
    `SELECT * FROM (SELECT * FROM timeline_items WHERE conversation_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3) page ORDER BY seq`,
    [conversationId, beforeSeq, limit],
  );
  return found.rows.map(toTimelineItem);
}
