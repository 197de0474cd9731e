/**
 * Customer messages for many conversations in one set-based statement: each conversation's seq moves by the
 * number of its messages in the batch, and each message gets its own seq in arrival order. On the embedded
 * database a statement costs far more than a row (STACK.md), so this is what makes group commit pay.
 * Messages whose clientId is stored already, or whose chat has ended, are skipped; the caller finds the first by
 * clientId. Each stored message comes back with its conversation as the commit left it: the snapshot the consoles are
 * sent, and the assignee the message reached, with no second query for them.
 */
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { toConversation, type ConversationRow } from "../conversations/repo.ts";
import type { Queryable } from "../db/client.ts";
import { toTimelineItem } from "./repo.ts";

export interface InboundMessage {
  id: string;
  conversationId: string;
  clientId: string;
  body: string;
  preview: string;
  at: Date;
}

export interface StoredInboundMessage {
  item: TimelineItem;
  /** after the whole batch: a conversation with several messages in it has the same snapshot on each */
  conversation: Conversation;
}

export async function insertInboundMessages(db: Queryable, messages: readonly InboundMessage[]): Promise<StoredInboundMessage[]> {
  if (messages.length === 0) return [];
  const inserted = await db.query<Parameters<typeof toTimelineItem>[0] & { conversation: ConversationRow }>(
    `WITH input AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[]) WITH ORDINALITY
         AS i(id, conversation_id, client_id, body, preview, at, ord)
     ),
     -- repeats found through the clientId index: as NOT EXISTS the planner hashed the whole of timeline_items
     fresh AS (
       SELECT i.*, row_number() OVER (PARTITION BY i.conversation_id ORDER BY i.ord) AS n
       FROM input i WHERE i.client_id <> ALL (ARRAY(SELECT t.client_id FROM timeline_items t WHERE t.client_id = ANY($3::uuid[])))
     ),
     per_conversation AS (
       SELECT conversation_id, count(*) AS k, max(at) AS last_at, min(at) AS first_at, (array_agg(preview ORDER BY ord DESC))[1] AS preview
       FROM fresh GROUP BY conversation_id
     ),
     bumped AS (
       UPDATE conversations c
       SET last_seq = c.last_seq + p.k, version = c.version + 1, last_activity_at = p.last_at, updated_at = p.last_at,
           last_preview = p.preview, waiting_since = coalesce(c.waiting_since, p.first_at)
       -- a chat the visitor or agent has ended takes no more messages
       FROM per_conversation p WHERE c.id = p.conversation_id AND c.chat_ended_at IS NULL
       RETURNING c.*, p.k
     ),
     inserted AS (
       INSERT INTO timeline_items (id, conversation_id, brand_id, seq, client_id, kind, direction, author_type, author_contact_id, body, data, created_at)
       SELECT f.id, f.conversation_id, b.brand_id, b.last_seq - b.k + f.n, f.client_id, 'message', 'inbound', 'contact', b.contact_id, f.body, '{}', f.at
       FROM fresh f JOIN bumped b ON b.id = f.conversation_id
       ORDER BY f.ord
       RETURNING *
     ),
     -- each conversation's snapshot as findConversations reads it (CONVERSATION_COLUMNS)
     snapshots AS (
       SELECT jsonb_object_agg(b.id, to_jsonb(b) || jsonb_build_object('contact_name', ct.name, 'contact_time_zone', ct.time_zone, 'assignee_name', au.name)) AS by_id
       FROM bumped b JOIN contacts ct ON ct.id = b.contact_id LEFT JOIN users au ON au.id = b.assignee_id
     )
     -- the CTEs' row counts are unknown to the planner, so any join of inserted to bumped or to their aggregate
     -- became a nested loop, n² in the batch; an uncorrelated subquery is run once
     SELECT i.*, (SELECT by_id FROM snapshots) -> i.conversation_id::text AS conversation FROM inserted i`,
    [
      messages.map((m) => m.id),
      messages.map((m) => m.conversationId),
      messages.map((m) => m.clientId),
      messages.map((m) => m.body),
      messages.map((m) => m.preview),
      messages.map((m) => m.at),
    ],
  );
  return inserted.rows.map((row) => ({ item: toTimelineItem(row), conversation: toConversation(row.conversation) }));
}
