import type { UserSummary } from "../../shared/schemas/user.ts";
import type { Queryable } from "../db/client.ts";

/** An admin sees a user's memberships only in the brands they administer: other clients' staffing stays apart. */
export function membershipsWithin(user: UserSummary, brandIds: readonly string[]): UserSummary {
  return { ...user, memberships: user.memberships.filter((m) => brandIds.includes(m.brandId)) };
}

/** Admins of any of the brands, each with every brand they administer. */
export async function adminsOfBrands(db: Queryable, brandIds: readonly string[]): Promise<{ userId: string; brandIds: string[] }[]> {
  const found = await db.query<{ user_id: string; brand_ids: string[] }>(
    `SELECT m.user_id, array_agg(m.brand_id::text) AS brand_ids
     FROM brand_memberships m
     WHERE m.role = 'admin'
       AND m.user_id IN (SELECT user_id FROM brand_memberships WHERE role = 'admin' AND brand_id = ANY($1::uuid[]))
     GROUP BY m.user_id`,
    [brandIds],
  );
  return found.rows.map((r) => ({ userId: r.user_id, brandIds: r.brand_ids }));
}
