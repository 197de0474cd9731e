/** SQL of chat routing: agents' routing state, the queue, and the loads that capacity is measured against. */
import { rolesWith } from "../../shared/domain/access/can.ts";
import type { RoutingAgent, WaitingChat } from "../../shared/domain/routing/planRouting.ts";
import type { AgentState, AwayReason, BrandQueue } from "../../shared/schemas/chat.ts";
import type { UserId } from "../../shared/schemas/ids.ts";
import type { AgentStatus } from "../../shared/schemas/user.ts";
import type { Queryable } from "../db/client.ts";

/** Roles that take chats, as an SQL list; role names are plain words (shared/schemas/user.ts), safe to quote. */
const CHAT_ROLES = `(${rolesWith("chat.take").map((role) => `'${role}'`).join(", ")})`;
/** What counts against capacity: open chats the agent holds whose visitor is still there. */
const ACTIVE_CHATS = `(SELECT count(*)::int FROM conversations a WHERE a.assignee_id = u.id AND a.channel = 'chat' AND a.status = 'open' AND a.chat_ended_at IS NULL)`;

interface AgentStateRow {
  id: string;
  status: AgentStatus;
  away_reason: AwayReason | null;
  chat_capacity: number;
  active_chats: number;
  status_changed_at: Date | null;
}

const toAgentState = (row: AgentStateRow): AgentState => ({
  userId: row.id as UserId,
  status: row.status,
  awayReason: row.away_reason,
  chatCapacity: row.chat_capacity,
  activeChats: row.active_chats,
  statusChangedAt: row.status_changed_at ? new Date(row.status_changed_at).toISOString() : null,
});

export async function findAgentState(db: Queryable, userId: string): Promise<AgentState | null> {
  return (await findAgentStates(db, [userId]))[0] ?? null;
}

/** Several users' routing states in one statement. */
export async function findAgentStates(db: Queryable, userIds: readonly string[]): Promise<AgentState[]> {
  if (userIds.length === 0) return [];
  const found = await db.query<AgentStateRow>(
    `SELECT u.id, u.status, u.away_reason, u.chat_capacity, ${ACTIVE_CHATS} AS active_chats, u.status_changed_at FROM users u WHERE u.id = ANY($1::uuid[])`,
    [userIds],
  );
  return found.rows.map(toAgentState);
}

/** Sets the status; true when it changed. A user who is disabled cannot become available. */
export async function updateAgentStatus(db: Queryable, userId: string, status: AgentStatus, awayReason: AwayReason | null, at: Date): Promise<boolean> {
  const updated = await db.query(
    `UPDATE users SET status = $2, away_reason = $3, status_changed_at = $4, updated_at = $4
     WHERE id = $1 AND (status IS DISTINCT FROM $2 OR away_reason IS DISTINCT FROM $3) AND ($2 = 'offline' OR disabled_at IS NULL)
     RETURNING id`,
    [userId, status, awayReason, at],
  );
  return updated.rows.length > 0;
}

export async function updateChatCapacity(db: Queryable, userId: string, capacity: number, at: Date): Promise<void> {
  await db.query("UPDATE users SET chat_capacity = $2, updated_at = $3 WHERE id = $1", [userId, capacity, at]);
}

/** Everyone who could take a chat of these brands now or soon: status other than offline. */
export async function listRoutingAgents(db: Queryable, brandIds: string[]): Promise<RoutingAgent[]> {
  const found = await db.query<{ id: string; brand_ids: string[]; status: AgentStatus; chat_capacity: number; active_chats: number; last: Date | null }>(
    `SELECT u.id, array_agg(m.brand_id) AS brand_ids, u.status, u.chat_capacity, ${ACTIVE_CHATS} AS active_chats, u.last_chat_assigned_at AS last
     FROM users u JOIN brand_memberships m ON m.user_id = u.id AND m.role IN ${CHAT_ROLES}
     WHERE u.status = 'available' AND u.disabled_at IS NULL
       AND EXISTS (SELECT 1 FROM brand_memberships b WHERE b.user_id = u.id AND b.brand_id = ANY($1::uuid[]))
     GROUP BY u.id`,
    [brandIds],
  );
  return found.rows.map((row) => ({
    userId: row.id,
    brandIds: row.brand_ids,
    status: row.status,
    capacity: row.chat_capacity,
    activeChats: row.active_chats,
    lastChatAssignedAt: row.last ? new Date(row.last).getTime() : null,
  }));
}

/** Every waiting chat, locked so that two routers cannot hand out the same one. */
export async function lockQueue(db: Queryable): Promise<WaitingChat[]> {
  const found = await db.query<{ id: string; brand_id: string; queue_priority: number; queued_at: Date; released_by: string | null }>(
    `SELECT id, brand_id, queue_priority, queued_at, released_by FROM conversations
     WHERE queued_at IS NOT NULL AND assignee_id IS NULL AND status = 'open'
     ORDER BY queue_priority DESC, queued_at, id FOR UPDATE`,
  );
  return found.rows.map((row) => ({ conversationId: row.id, brandId: row.brand_id, queuePriority: row.queue_priority, queuedAt: new Date(row.queued_at).getTime(), releasedBy: row.released_by }));
}

export async function recordChatAssigned(db: Queryable, userIds: string[], at: Date): Promise<void> {
  await db.query("UPDATE users SET last_chat_assigned_at = $2 WHERE id = ANY($1::uuid[])", [userIds, at]);
}

export async function listBrandQueues(db: Queryable, brandIds: string[]): Promise<BrandQueue[]> {
  const found = await db.query<{ brand_id: string; waiting: number; longest: Date | null; with_room: number }>(
    `SELECT b.id AS brand_id,
            (SELECT count(*)::int FROM conversations q WHERE q.brand_id = b.id AND q.queued_at IS NOT NULL) AS waiting,
            (SELECT min(q.queued_at) FROM conversations q WHERE q.brand_id = b.id AND q.queued_at IS NOT NULL) AS longest,
            (SELECT count(*)::int FROM users u JOIN brand_memberships m ON m.user_id = u.id AND m.brand_id = b.id AND m.role IN ${CHAT_ROLES}
             WHERE u.status = 'available' AND u.disabled_at IS NULL AND ${ACTIVE_CHATS} < u.chat_capacity) AS with_room
     FROM brands b WHERE b.id = ANY($1::uuid[]) ORDER BY b.name`,
    [brandIds],
  );
  return found.rows.map((row) => ({
    brandId: row.brand_id,
    waiting: row.waiting,
    longestWaitingSince: row.longest ? new Date(row.longest).toISOString() : null,
    agentsWithRoom: row.with_room,
  })) as BrandQueue[];
}

/** Open chats an agent holds that the visitor has not ended: what goes back to the queue when they go offline. */
export async function listActiveChatIds(db: Queryable, userId: string): Promise<string[]> {
  const found = await db.query<{ id: string }>(
    "SELECT id FROM conversations WHERE assignee_id = $1 AND channel = 'chat' AND status = 'open' AND chat_ended_at IS NULL ORDER BY queued_at NULLS LAST, created_at",
    [userId],
  );
  return found.rows.map((row) => row.id);
}

/** Users not offline: the presence sweep checks that each still has a console connected. */
export async function listOnlineUserIds(db: Queryable): Promise<string[]> {
  const found = await db.query<{ id: string }>("SELECT id FROM users WHERE status <> 'offline'");
  return found.rows.map((row) => row.id);
}

/** The brands a user takes chats for. */
export async function listChatBrandIds(db: Queryable, userId: string): Promise<string[]> {
  const found = await db.query<{ brand_id: string }>(`SELECT brand_id FROM brand_memberships WHERE user_id = $1 AND role IN ${CHAT_ROLES}`, [userId]);
  return found.rows.map((row) => row.brand_id);
}
