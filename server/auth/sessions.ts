/**
 * Sessions: an opaque random token in an HttpOnly cookie, stored only as its SHA-256. A session ends on
 * sign-out, after SESSION_IDLE_MINUTES without use, after SESSION_MAX_HOURS in all, or when its user is disabled.
 */
import { createHash, randomBytes } from "node:crypto";
import { v7 as uuidv7 } from "uuid";
import type { Queryable } from "../db/client.ts";

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

export interface ActiveSession {
  id: string;
  userId: string;
}

export type SessionCheck = { ok: true; session: ActiveSession } | { ok: false; reason: "unknown" | "signed_out" | "expired" | "disabled" };

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function startSession(
  db: Queryable,
  input: { userId: string; now: Date; limits: SessionLimits; ip: string | null; userAgent: string | null },
): Promise<{ token: string; session: ActiveSession; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const id = uuidv7();
  const expiresAt = new Date(input.now.getTime() + input.limits.maxMs);
  await db.query(
    `INSERT INTO sessions (token_hash, id, user_id, created_at, last_seen_at, expires_at, ip, user_agent)
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7)`,
    [hashToken(token), id, input.userId, input.now, expiresAt, input.ip, input.userAgent?.slice(0, 300) ?? null],
  );
  return { token, session: { id, userId: input.userId }, expiresAt };
}

/** Checks the token and, when valid, records the use so that the idle clock restarts. */
export async function touchSession(db: Queryable, token: string, now: Date, limits: SessionLimits): Promise<SessionCheck> {
  const found = await db.query<{
    id: string;
    user_id: string;
    last_seen_at: Date;
    expires_at: Date;
    ended_at: Date | null;
    disabled_at: Date | null;
  }>(
    `SELECT s.id, s.user_id, s.last_seen_at, s.expires_at, s.ended_at, u.disabled_at
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
    [hashToken(token)],
  );
  const row = found.rows[0];
  if (!row) return { ok: false, reason: "unknown" };
  if (row.ended_at) return { ok: false, reason: "signed_out" };
  if (row.disabled_at) return { ok: false, reason: "disabled" };
  const idleFor = now.getTime() - new Date(row.last_seen_at).getTime();
  if (now >= new Date(row.expires_at) || idleFor > limits.idleMs) {
    await db.query("UPDATE sessions SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL", [row.id, now]);
    return { ok: false, reason: "expired" };
  }
  await db.query("UPDATE sessions SET last_seen_at = $2 WHERE id = $1", [row.id, now]);
  return { ok: true, session: { id: row.id, userId: row.user_id } };
}

export async function endSessionByToken(db: Queryable, token: string, now: Date): Promise<ActiveSession | null> {
  const ended = await db.query<{ id: string; user_id: string }>(
    "UPDATE sessions SET ended_at = $2 WHERE token_hash = $1 AND ended_at IS NULL RETURNING id, user_id",
    [hashToken(token), now],
  );
  const row = ended.rows[0];
  return row ? { id: row.id, userId: row.user_id } : null;
}

export async function endSessionsOfUser(db: Queryable, userId: string, now: Date): Promise<void> {
  await db.query("UPDATE sessions SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL", [userId, now]);
}
