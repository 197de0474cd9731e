import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { Queryable } from "../db/client.ts";

interface ConversationRow {
  id: string;
  brand_id: string;
  contact_id: string;
  contact_name: string;
  channel: Conversation["channel"];
  subject: string | null;
  status: Conversation["status"];
  assignee_id: string | null;
  priority: Conversation["priority"];
  tags: string[];
  first_response_due_at: Date | null;
  resolution_due_at: Date | null;
  last_seq: number;
  last_activity_at: Date;
  last_preview: string;
  version: number;
  created_at: Date;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    brandId: row.brand_id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    channel: row.channel,
    subject: row.subject,
    status: row.status,
    assigneeId: row.assignee_id,
    priority: row.priority,
    tags: row.tags,
    firstResponseDueAt: iso(row.first_response_due_at),
    resolutionDueAt: iso(row.resolution_due_at),
    lastSeq: Number(row.last_seq),
    lastActivityAt: new Date(row.last_activity_at).toISOString(),
    lastPreview: row.last_preview,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  } as Conversation;
}

export async function findConversation(db: Queryable, conversationId: string): Promise<Conversation | null> {
  const found = await db.query<ConversationRow>(
    `SELECT c.*, ct.name AS contact_name FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = $1`,
    [conversationId],
  );
  return found.rows[0] ? toConversation(found.rows[0]) : null;
}
