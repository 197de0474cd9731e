import type { BrandId, UserId } from "../../shared/schemas/ids.ts";
import type { AgentStatus, Role, UserSummary } from "../../shared/schemas/user.ts";
import type { Queryable } from "../db/client.ts";

interface UserRow {
  id: string;
  email: string;
  name: string;
  time_zone: string;
  status: AgentStatus;
  chat_capacity: number;
  disabled_at: Date | null;
  memberships: { brandId: string; role: Role }[] | null;
}

const SELECT_SUMMARY = `
  SELECT u.id, u.email, u.name, u.time_zone, u.status, u.chat_capacity, u.disabled_at,
         (SELECT json_agg(json_build_object('brandId', m.brand_id, 'role', m.role) ORDER BY m.brand_id)
          FROM brand_memberships m WHERE m.user_id = u.id) AS memberships
  FROM users u`;

function toSummary(row: UserRow): UserSummary {
  return {
    id: row.id as UserId,
    email: row.email,
    name: row.name,
    timeZone: row.time_zone,
    status: row.status,
    chatCapacity: row.chat_capacity,
    disabled: row.disabled_at !== null,
    memberships: (row.memberships ?? []).map((m) => ({ brandId: m.brandId as BrandId, role: m.role })),
  };
}

export async function findUserSummary(db: Queryable, userId: string): Promise<UserSummary | null> {
  const found = await db.query<UserRow>(`${SELECT_SUMMARY} WHERE u.id = $1`, [userId]);
  return found.rows[0] ? toSummary(found.rows[0]) : null;
}

/** Users who work for any of the brands, and staff with no brand yet (so an admin can grant them one). */
export async function listUsersOfBrands(db: Queryable, brandIds: string[]): Promise<UserSummary[]> {
  const found = await db.query<UserRow>(
    `${SELECT_SUMMARY}
     WHERE EXISTS (SELECT 1 FROM brand_memberships m WHERE m.user_id = u.id AND m.brand_id = ANY($1::uuid[]))
        OR NOT EXISTS (SELECT 1 FROM brand_memberships m WHERE m.user_id = u.id)
     ORDER BY u.name`,
    [brandIds],
  );
  return found.rows.map(toSummary);
}

export async function findUserForSignIn(
  db: Queryable,
  email: string,
): Promise<{ id: string; password_hash: string; disabled_at: Date | null } | null> {
  const found = await db.query<{ id: string; password_hash: string; disabled_at: Date | null }>(
    "SELECT id, password_hash, disabled_at FROM users WHERE lower(email) = lower($1)",
    [email],
  );
  return found.rows[0] ?? null;
}

export async function upsertMembership(db: Queryable, userId: string, brandId: string, role: Role, now: Date): Promise<Role | null> {
  const before = await db.query<{ role: Role }>("SELECT role FROM brand_memberships WHERE user_id = $1 AND brand_id = $2 FOR UPDATE", [userId, brandId]);
  await db.query(
    `INSERT INTO brand_memberships (user_id, brand_id, role, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, brand_id) DO UPDATE SET role = EXCLUDED.role`,
    [userId, brandId, role, now],
  );
  return before.rows[0]?.role ?? null;
}

export async function deleteMembership(db: Queryable, userId: string, brandId: string): Promise<Role | null> {
  const deleted = await db.query<{ role: Role }>("DELETE FROM brand_memberships WHERE user_id = $1 AND brand_id = $2 RETURNING role", [userId, brandId]);
  return deleted.rows[0]?.role ?? null;
}

export async function countAdminsOfBrand(db: Queryable, brandId: string): Promise<number> {
  const found = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM brand_memberships m JOIN users u ON u.id = m.user_id
     WHERE m.brand_id = $1 AND m.role = 'admin' AND u.disabled_at IS NULL`,
    [brandId],
  );
  return found.rows[0]?.n ?? 0;
}

export async function setDisabledAt(db: Queryable, userId: string, disabledAt: Date | null, now: Date): Promise<boolean> {
  const updated = await db.query("UPDATE users SET disabled_at = $2, updated_at = $3 WHERE id = $1 RETURNING id", [userId, disabledAt, now]);
  return updated.rows.length > 0;
}
