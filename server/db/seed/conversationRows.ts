import type { Channel } from "../../../shared/schemas/brand.ts";
import type { ConversationStatus, Priority } from "../../../shared/schemas/conversation.ts";
import type { Queryable } from "../client.ts";
import { insertRows } from "./insertRows.ts";
import type { TimelineDraft } from "./timelines.ts";

export interface SeedConversation {
  id: string;
  brandId: string;
  contactId: string;
  channel: Channel;
  subject: string | null;
  status: ConversationStatus;
  snoozedUntil: Date | null;
  assigneeId: string | null;
  priority: Priority;
  tags: string[];
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  dispositionId: string | null;
  csatScore: number | null;
  csatComment: string | null;
  lastSeq: number;
  lastActivityAt: Date;
  lastPreview: string;
  createdAt: Date;
}

export interface SeedTimelineItem extends Omit<TimelineDraft, "atMs"> {
  id: string;
  clientId: string;
  conversationId: string;
  brandId: string;
  seq: number;
  createdAt: Date;
}

export async function insertConversations(tx: Queryable, conversations: readonly SeedConversation[], timelineItems: readonly SeedTimelineItem[]): Promise<void> {
  await insertRows(tx, "conversations", conversations, {
    id: ["uuid", (c) => c.id],
    brand_id: ["uuid", (c) => c.brandId],
    contact_id: ["uuid", (c) => c.contactId],
    channel: ["text", (c) => c.channel],
    subject: ["text", (c) => c.subject],
    status: ["text", (c) => c.status],
    snoozed_until: ["timestamptz", (c) => c.snoozedUntil],
    assignee_id: ["uuid", (c) => c.assigneeId],
    priority: ["text", (c) => c.priority],
    tags: ["text[]", (c) => c.tags],
    first_response_due_at: ["timestamptz", (c) => c.firstResponseDueAt],
    resolution_due_at: ["timestamptz", (c) => c.resolutionDueAt],
    first_responded_at: ["timestamptz", (c) => c.firstRespondedAt],
    resolved_at: ["timestamptz", (c) => c.resolvedAt],
    disposition_id: ["uuid", (c) => c.dispositionId],
    csat_score: ["smallint", (c) => c.csatScore],
    csat_comment: ["text", (c) => c.csatComment],
    last_seq: ["bigint", (c) => c.lastSeq],
    last_activity_at: ["timestamptz", (c) => c.lastActivityAt],
    last_preview: ["text", (c) => c.lastPreview],
    // seeded chats are history: no visitor is on the other end, so none holds an agent's chat capacity
    chat_ended_at: ["timestamptz", (c) => (c.channel === "chat" ? c.lastActivityAt : null)],
    chat_ended_by: ["text", (c) => (c.channel === "chat" ? "visitor" : null)],
    version: ["integer", () => 1],
    created_at: ["timestamptz", (c) => c.createdAt],
    updated_at: ["timestamptz", (c) => c.lastActivityAt],
  });
  await insertRows(tx, "timeline_items", timelineItems, {
    id: ["uuid", (t) => t.id],
    conversation_id: ["uuid", (t) => t.conversationId],
    brand_id: ["uuid", (t) => t.brandId],
    seq: ["bigint", (t) => t.seq],
    client_id: ["uuid", (t) => t.clientId],
    kind: ["text", (t) => t.kind],
    direction: ["text", (t) => t.direction],
    author_type: ["text", (t) => t.authorType],
    author_user_id: ["uuid", (t) => t.authorUserId],
    author_contact_id: ["uuid", (t) => t.authorContactId],
    body: ["text", (t) => t.body],
    data: ["jsonb", (t) => t.data],
    created_at: ["timestamptz", (t) => t.createdAt],
  });
  await startWaits(tx);
}

/**
 * An open conversation whose customer wrote after the last agent reply waits since the first of those messages,
 * as receiving them live would have set it (shared/domain/conversations/waiting.ts).
 */
async function startWaits(tx: Queryable): Promise<void> {
  await tx.query(
    `UPDATE conversations c SET waiting_since = w.since
     FROM (
       SELECT t.conversation_id, min(t.created_at) AS since
       FROM timeline_items t
       WHERE t.kind = 'message' AND t.direction = 'inbound'
         AND t.seq > coalesce(
           (SELECT max(r.seq) FROM timeline_items r WHERE r.conversation_id = t.conversation_id AND r.kind = 'message' AND r.direction = 'outbound'),
           0)
       GROUP BY t.conversation_id
     ) w
     WHERE w.conversation_id = c.id AND c.status = 'open'`,
  );
}
