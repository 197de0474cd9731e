/** SQL of the visitor's side: their contact, a new chat or message-by-email conversation, their transcript. */
import { computeSlaDueTimes, type SlaTerms } from "../../shared/domain/sla/dueAt.ts";
import type { VisitorMessage } from "../../shared/schemas/chat.ts";
import type { Queryable } from "../db/client.ts";
import { toTimelineItem } from "../timeline/repo.ts";
import { VISIBLE_TO_VISITOR, toVisitorMessage } from "./visitorView.ts";

/** The brand's contact with this email, or a new one; a visitor without email is always a new contact. */
export async function upsertVisitorContact(db: Queryable, contact: { id: string; brandId: string; name: string; email: string | null; at: Date }): Promise<string> {
  if (contact.email !== null) {
    const found = await db.query<{ id: string }>("SELECT id FROM contacts WHERE brand_id = $1 AND lower(email) = lower($2)", [contact.brandId, contact.email]);
    if (found.rows[0]) return found.rows[0].id;
  }
  await db.query("INSERT INTO contacts (id, brand_id, name, email, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)", [
    contact.id,
    contact.brandId,
    contact.name,
    contact.email,
    contact.at,
  ]);
  return contact.id;
}

export interface NewConversation {
  id: string;
  brandId: string;
  contactId: string;
  channel: "chat" | "email";
  subject: string | null;
  at: Date;
  /** the brand's SLA terms for the channel; the due times follow from them and `at` */
  sla: SlaTerms | null;
  /** chats wait in the brand's queue from the start */
  queued: boolean;
}

export async function insertConversation(db: Queryable, c: NewConversation): Promise<void> {
  const due = computeSlaDueTimes(c.at, c.sla);
  await db.query(
    `INSERT INTO conversations (id, brand_id, contact_id, channel, subject, status, first_response_due_at, resolution_due_at, last_activity_at, queued_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, $8, $9, $8, $8)`,
    [c.id, c.brandId, c.contactId, c.channel, c.subject, due.firstResponseDueAt, due.resolutionDueAt, c.at, c.queued ? c.at : null],
  );
}

/** The visitor's transcript after a seq, oldest first. */
export async function listVisitorMessages(db: Queryable, conversationId: string, afterSeq: number, limit: number): Promise<VisitorMessage[]> {
  const found = await db.query<Parameters<typeof toTimelineItem>[0] & { author_name: string | null }>(
    `SELECT t.*, u.name AS author_name FROM timeline_items t LEFT JOIN users u ON u.id = t.author_user_id
     WHERE t.conversation_id = $1 AND t.seq > $2 AND ${VISIBLE_TO_VISITOR} ORDER BY t.seq LIMIT $3`,
    [conversationId, afterSeq, limit],
  );
  return found.rows.flatMap((row) => toVisitorMessage(toTimelineItem(row), row.author_name) ?? []);
}

/** The visitor has seen up to seq (never moves back). */
export async function advanceVisitorRead(db: Queryable, conversationId: string, seq: number): Promise<void> {
  await db.query("UPDATE conversations SET visitor_read_seq = greatest(visitor_read_seq, least($2::bigint, last_seq)) WHERE id = $1", [conversationId, seq]);
}

export async function saveRating(db: Queryable, conversationId: string, score: number, comment: string, at: Date): Promise<void> {
  await db.query("UPDATE conversations SET csat_score = $2, csat_comment = $3, updated_at = $4, version = version + 1 WHERE id = $1", [
    conversationId,
    score,
    comment,
    at,
  ]);
}

export async function findContactName(db: Queryable, conversationId: string): Promise<string | null> {
  const found = await db.query<{ name: string }>("SELECT ct.name FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = $1", [conversationId]);
  return found.rows[0]?.name ?? null;
}

/** The agent holding a chat the visitor is still in; null for any other conversation. */
export async function findChatHolder(db: Queryable, conversationId: string): Promise<string | null> {
  const found = await db.query<{ assignee_id: string | null }>(
    "SELECT assignee_id FROM conversations WHERE id = $1 AND channel = 'chat' AND chat_ended_at IS NULL",
    [conversationId],
  );
  return found.rows[0]?.assignee_id ?? null;
}
