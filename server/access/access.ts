/**
 * The server's one answer to "may this user do this here?". Rules live in shared/domain/access/can.ts;
 * this module supplies current memberships from the database, so a revoked brand is refused on the very
 * next event, whatever any cache holds.
 */
import { can, type Permission, type Principal } from "../../shared/domain/access/can.ts";
import type { BrandId } from "../../shared/schemas/ids.ts";
import type { Membership, Role } from "../../shared/schemas/user.ts";
import type { Queryable } from "../db/client.ts";
import { forbidden, notFound } from "../handlers/failure.ts";

/**
 * The user and their memberships in one statement: it runs on nearly every event, and on the embedded database each
 * statement pays its own planning and a trip to the database thread. One row per membership, or one row without a
 * brand for a user who has none; no row at all for an unknown user, who counts as disabled.
 */
export async function loadPrincipal(db: Queryable, userId: string): Promise<Principal & { disabled: boolean }> {
  const found = await db.query<{ disabled_at: Date | null; brand_id: string | null; role: Role | null }>(
    "SELECT u.disabled_at, m.brand_id, m.role FROM users u LEFT JOIN brand_memberships m ON m.user_id = u.id WHERE u.id = $1",
    [userId],
  );
  const user = found.rows[0];
  return {
    userId,
    disabled: !user || user.disabled_at !== null,
    memberships: found.rows.flatMap((m): Membership[] => (m.brand_id === null || m.role === null ? [] : [{ brandId: m.brand_id as BrandId, role: m.role }])),
  };
}

/**
 * Resolves a conversation's brand and checks the permission there. A conversation in a brand the user does
 * not work for is "not found", the same answer as an id that does not exist.
 */
export async function authorizeConversation(
  db: Queryable,
  userId: string,
  conversationId: string,
  permission: Permission,
): Promise<{ brandId: BrandId }> {
  const found = await db.query<{ brand_id: BrandId; role: Role | null }>(
    `SELECT c.brand_id, m.role FROM conversations c
     LEFT JOIN brand_memberships m ON m.brand_id = c.brand_id AND m.user_id = $2
     WHERE c.id = $1`,
    [conversationId, userId],
  );
  const row = found.rows[0];
  if (!row || row.role === null) throw notFound("Conversation");
  const principal: Principal = { userId, memberships: [{ brandId: row.brand_id, role: row.role }] };
  if (!can(principal, permission, row.brand_id)) throw forbidden();
  return { brandId: row.brand_id };
}

/** Checks a permission in a brand named by the request, against current memberships. */
export async function authorizeBrand(db: Queryable, userId: string, brandId: string, permission: Permission): Promise<void> {
  const principal = await loadPrincipal(db, userId);
  if (!principal.memberships.some((m) => m.brandId === brandId)) throw notFound("Brand");
  if (!can(principal, permission, brandId)) throw forbidden();
}
