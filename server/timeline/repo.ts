import type { TimelineItem } from "../../shared/schemas/timeline.ts";
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

export interface NewUserItem {
  id: string;
  conversationId: string;
  clientId: string;
  kind: "message" | "note";
  authorUserId: string;
  body: string;
  preview: string;
  at: Date;
}

/**
 * Takes the conversation's next seq and inserts the item in one statement: the UPDATE's row lock orders
 * concurrent writers, so seqs are distinct and gap-free, and a rollback returns the seq with the item.
 */
export async function insertUserItem(db: Queryable, item: NewUserItem): Promise<TimelineItem | null> {
  const inserted = await db.query<TimelineRow>(
    `WITH bumped AS (
       UPDATE conversations
       SET last_seq = last_seq + 1,
           last_activity_at = $7,
           updated_at = $7,
           last_preview = CASE WHEN $4 = 'message' THEN $8 ELSE last_preview END,
           first_responded_at = CASE WHEN $4 = 'message' THEN coalesce(first_responded_at, $7) ELSE first_responded_at END
       WHERE id = $2
       RETURNING id, brand_id, last_seq
     )
     INSERT INTO timeline_items (id, conversation_id, brand_id, seq, client_id, kind, direction, author_type, author_user_id, body, created_at)
     SELECT $1, bumped.id, bumped.brand_id, bumped.last_seq, $3, $4, CASE WHEN $4 = 'message' THEN 'outbound' END, 'user', $5, $6, $7
     FROM bumped
     RETURNING *`,
    [item.id, item.conversationId, item.clientId, item.kind, item.authorUserId, item.body, item.at, item.preview],
  );
  return inserted.rows[0] ? toTimelineItem(inserted.rows[0]) : null;
}

export async function listItemsAfter(db: Queryable, conversationId: string, afterSeq: number, limit: number): Promise<TimelineItem[]> {
  const found = await db.query<TimelineRow>(
    "SELECT * FROM timeline_items WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
    [conversationId, afterSeq, limit],
  );
  return found.rows.map(toTimelineItem);
}
