/** The state of a chat as its visitor sees it, computed from the conversation and its timeline in one query. */
import type { ChatState } from "../../shared/schemas/chat.ts";
import type { ConversationId } from "../../shared/schemas/ids.ts";
import type { Queryable } from "../db/client.ts";

interface ChatStateRow {
  id: string;
  brand_id: string;
  queued_at: Date | null;
  chat_ended_at: Date | null;
  chat_ended_by: "visitor" | "agent" | null;
  assignee_name: string | null;
  last_seq: number;
  queue_position: number | null;
  delivered_seq: number;
  read_seq: number;
  csat_score: number | null;
  csat_comment: string | null;
}

/**
 * Delivered: the visitor's messages up to the newest one an agent held the chat for (everything while it is
 * assigned; up to the moment it went back to the queue otherwise). Read: up to the furthest any agent's read
 * marker has gone.
 */
const CHAT_STATE_SQL = `
  SELECT c.id, c.brand_id, c.queued_at, c.chat_ended_at, c.chat_ended_by, u.name AS assignee_name, c.last_seq,
    CASE WHEN c.queued_at IS NOT NULL THEN 1 + (
      SELECT count(*)::int FROM conversations q
      WHERE q.brand_id = c.brand_id AND q.queued_at IS NOT NULL AND q.id <> c.id
        AND (q.queue_priority > c.queue_priority OR (q.queue_priority = c.queue_priority AND (q.queued_at, q.id) < (c.queued_at, c.id)))
    ) END AS queue_position,
    coalesce((
      SELECT max(t.seq) FROM timeline_items t
      WHERE t.conversation_id = c.id AND t.kind = 'message' AND t.direction = 'inbound'
        AND (c.assignee_id IS NOT NULL OR t.seq < coalesce((
          SELECT max(a.seq) FROM timeline_items a WHERE a.conversation_id = c.id AND a.kind = 'assignment' AND a.data->>'to' IS NULL), 0))
    ), 0) AS delivered_seq,
    coalesce((SELECT max(r.last_read_seq) FROM conversation_reads r WHERE r.conversation_id = c.id), 0) AS read_seq,
    c.csat_score, c.csat_comment
  FROM conversations c LEFT JOIN users u ON u.id = c.assignee_id`;

function toChatState(row: ChatStateRow): ChatState {
  const ended = row.chat_ended_at !== null;
  return {
    conversationId: row.id as ConversationId,
    phase: ended ? "ended" : row.assignee_name !== null ? "active" : "queued",
    queuePosition: ended ? null : row.queue_position,
    agentName: row.assignee_name,
    lastSeq: Number(row.last_seq),
    deliveredSeq: Number(row.delivered_seq),
    readSeq: Math.min(Number(row.read_seq), Number(row.last_seq)),
    endedBy: row.chat_ended_by,
    rating: row.csat_score === null ? null : { score: row.csat_score, comment: row.csat_comment ?? "" },
  };
}

export async function findChatState(db: Queryable, conversationId: string): Promise<ChatState | null> {
  return (await findChatStates(db, [conversationId]))[0] ?? null;
}

/** Several chats' states in one statement (a routing round hands out many at once). */
export async function findChatStates(db: Queryable, conversationIds: readonly string[]): Promise<ChatState[]> {
  if (conversationIds.length === 0) return [];
  const found = await db.query<ChatStateRow>(`${CHAT_STATE_SQL} WHERE c.id = ANY($1::uuid[]) AND c.channel = 'chat'`, [conversationIds]);
  return found.rows.map(toChatState);
}

/** The brands' waiting chats: each one's place in line moves when the queue does. */
export async function listQueuedChatStates(db: Queryable, brandIds: readonly string[]): Promise<ChatState[]> {
  if (brandIds.length === 0) return [];
  const found = await db.query<ChatStateRow>(`${CHAT_STATE_SQL} WHERE c.brand_id = ANY($1::uuid[]) AND c.queued_at IS NOT NULL`, [brandIds]);
  return found.rows.map(toChatState);
}
