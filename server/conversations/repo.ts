import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { AssigneeCandidate } from "../../shared/schemas/inbox.ts";
import type { Role } from "../../shared/schemas/user.ts";
import type { Queryable } from "../db/client.ts";

/** Columns of a Conversation snapshot; FROM conversations c JOIN contacts ct LEFT JOIN users au (see CONVERSATION_FROM). */
export const CONVERSATION_COLUMNS = `c.*, ct.name AS contact_name, ct.time_zone AS contact_time_zone, au.name AS assignee_name`;
export const CONVERSATION_FROM = `conversations c JOIN contacts ct ON ct.id = c.contact_id LEFT JOIN users au ON au.id = c.assignee_id`;

/** A row from a query has Dates; one carried as jsonb (insertInboundMessages.ts) has ISO strings: both read alike. */
type Timestamp = Date | string;

export interface ConversationRow {
  id: string;
  brand_id: string;
  contact_id: string;
  contact_name: string;
  contact_time_zone: string | null;
  assignee_name: string | null;
  snoozed_until: Timestamp | null;
  first_responded_at: Timestamp | null;
  resolved_at: Timestamp | null;
  waiting_since: Timestamp | null;
  channel: Conversation["channel"];
  subject: string | null;
  status: Conversation["status"];
  assignee_id: string | null;
  priority: Conversation["priority"];
  tags: string[];
  first_response_due_at: Timestamp | null;
  resolution_due_at: Timestamp | null;
  last_seq: number;
  last_activity_at: Timestamp;
  attention_at: Timestamp;
  updated_at: Timestamp;
  last_preview: string;
  queued_at: Timestamp | null;
  chat_ended_at: Timestamp | null;
  csat_score: number | null;
  csat_comment: string | null;
  version: number;
  created_at: Timestamp;
}

const iso = (d: Timestamp | null) => (d ? new Date(d).toISOString() : null);

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    brandId: row.brand_id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    contactTimeZone: row.contact_time_zone,
    channel: row.channel,
    subject: row.subject,
    status: row.status,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    snoozedUntil: iso(row.snoozed_until),
    priority: row.priority,
    tags: row.tags,
    firstResponseDueAt: iso(row.first_response_due_at),
    resolutionDueAt: iso(row.resolution_due_at),
    firstRespondedAt: iso(row.first_responded_at),
    resolvedAt: iso(row.resolved_at),
    waitingSince: iso(row.waiting_since),
    lastSeq: Number(row.last_seq),
    lastActivityAt: new Date(row.last_activity_at).toISOString(),
    attentionAt: new Date(row.attention_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    lastPreview: row.last_preview,
    queuedAt: iso(row.queued_at),
    chatEndedAt: iso(row.chat_ended_at),
    rating: row.csat_score === null ? null : { score: row.csat_score, comment: row.csat_comment ?? "" },
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  } as Conversation;
}

export async function findConversation(db: Queryable, conversationId: string): Promise<Conversation | null> {
  const found = await db.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM ${CONVERSATION_FROM} WHERE c.id = $1`, [conversationId]);
  return found.rows[0] ? toConversation(found.rows[0]) : null;
}

export async function findConversations(db: Queryable, conversationIds: readonly string[]): Promise<Conversation[]> {
  const found = await db.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM ${CONVERSATION_FROM} WHERE c.id = ANY($1::uuid[])`, [conversationIds]);
  return found.rows.map(toConversation);
}

/** The snapshot, with the conversation's row locked until the transaction ends: read, decide, write without a race. */
export async function lockConversation(db: Queryable, conversationId: string): Promise<Conversation | null> {
  const found = await db.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM ${CONVERSATION_FROM} WHERE c.id = $1 FOR UPDATE OF c`, [conversationId]);
  return found.rows[0] ? toConversation(found.rows[0]) : null;
}

/** The fields a change may set, with their column and SQL type. */
const CHANGEABLE = {
  status: ["status", "text"],
  snoozedUntil: ["snoozed_until", "timestamptz"],
  resolvedAt: ["resolved_at", "timestamptz"],
  assigneeId: ["assignee_id", "uuid"],
  priority: ["priority", "text"],
  tags: ["tags", "text[]"],
  queuedAt: ["queued_at", "timestamptz"],
  queuePriority: ["queue_priority", "smallint"],
  chatEndedAt: ["chat_ended_at", "timestamptz"],
  chatEndedBy: ["chat_ended_by", "text"],
  releasedBy: ["released_by", "uuid"],
} as const;

type Changeable = Pick<Conversation, "status" | "snoozedUntil" | "resolvedAt" | "assigneeId" | "priority" | "tags" | "queuedAt" | "chatEndedAt"> & {
  queuePriority: number;
  chatEndedBy: "visitor" | "agent" | null;
  releasedBy: string | null;
};
/** A null clears the column; a field left out keeps it. */
export type ConversationChanges = Partial<Changeable>;

/** `, column = $n::type` for each field of the change, numbered from firstParam, to append to an UPDATE's SET list. */
export function conversationAssignments(changes: ConversationChanges, firstParam: number): { sql: string; params: unknown[] } {
  const fields = (Object.keys(CHANGEABLE) as (keyof typeof CHANGEABLE)[]).filter((field) => changes[field] !== undefined);
  return {
    sql: fields.map((field, i) => `, ${CHANGEABLE[field][0]} = $${firstParam + i}::${CHANGEABLE[field][1]}`).join(""),
    params: fields.map((field) => changes[field]),
  };
}

/**
 * Moves the user's read marker to seq, capped at the conversation's newest item, and never back.
 * The marker as it stands afterwards; null when the conversation does not exist.
 */
export async function advanceReadMarker(db: Queryable, userId: string, conversationId: string, seq: number, at: Date): Promise<number | null> {
  const moved = await db.query<{ last_read_seq: number }>(
    `INSERT INTO conversation_reads AS r (user_id, conversation_id, last_read_seq, updated_at)
     SELECT $1, c.id, least($3::bigint, c.last_seq), $4 FROM conversations c WHERE c.id = $2
     ON CONFLICT (user_id, conversation_id) DO UPDATE
       SET last_read_seq = greatest(r.last_read_seq, EXCLUDED.last_read_seq),
           updated_at = CASE WHEN EXCLUDED.last_read_seq > r.last_read_seq THEN EXCLUDED.updated_at ELSE r.updated_at END
     RETURNING last_read_seq`,
    [userId, conversationId, seq, at],
  );
  return moved.rows[0] ? Number(moved.rows[0].last_read_seq) : null;
}

export async function findReadMarker(db: Queryable, userId: string, conversationId: string): Promise<number> {
  const found = await db.query<{ last_read_seq: number }>(
    "SELECT last_read_seq FROM conversation_reads WHERE user_id = $1 AND conversation_id = $2",
    [userId, conversationId],
  );
  return Number(found.rows[0]?.last_read_seq ?? 0);
}

/** Users of the brand holding one of the roles, not disabled, by name. */
export async function listBrandUsersWithRoles(db: Queryable, brandId: string, roles: readonly Role[]): Promise<AssigneeCandidate[]> {
  const found = await db.query<AssigneeCandidate>(
    `SELECT u.id, u.name, u.status FROM users u JOIN brand_memberships m ON m.user_id = u.id
     WHERE m.brand_id = $1 AND m.role = ANY($2::text[]) AND u.disabled_at IS NULL
     ORDER BY u.name, u.id`,
    [brandId, roles],
  );
  return found.rows;
}

/** Each of the users that exists, with their role in the brand (null without one) and whether they are disabled. */
export async function findUsersInBrand(
  db: Queryable,
  brandId: string,
  userIds: readonly string[],
): Promise<{ id: string; name: string; role: Role | null; disabled: boolean }[]> {
  const found = await db.query<{ id: string; name: string; role: Role | null; disabled: boolean }>(
    `SELECT u.id, u.name, m.role, u.disabled_at IS NOT NULL AS disabled
     FROM users u LEFT JOIN brand_memberships m ON m.user_id = u.id AND m.brand_id = $1
     WHERE u.id = ANY($2::uuid[])`,
    [brandId, userIds],
  );
  return found.rows;
}

export async function findUserName(db: Queryable, userId: string): Promise<string | null> {
  const found = await db.query<{ name: string }>("SELECT name FROM users WHERE id = $1", [userId]);
  return found.rows[0]?.name ?? null;
}

export async function findUserNames(db: Queryable, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const found = await db.query<{ id: string; name: string }>("SELECT id, name FROM users WHERE id = ANY($1::uuid[])", [userIds]);
  return new Map(found.rows.map((row) => [row.id, row.name]));
}
