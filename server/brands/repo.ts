import type { BrandSummary } from "../../shared/schemas/brand.ts";
import type { Queryable } from "../db/client.ts";

export async function listBrandsOfUser(db: Queryable, userId: string): Promise<BrandSummary[]> {
  const found = await db.query<{
    id: string;
    slug: string;
    name: string;
    short_name: string;
    kind: string;
    color: string;
    accent_color: string;
    logo_svg: string | null;
    time_zone: string;
    tone_notes: string;
    signature: string;
    role: BrandSummary["role"];
  }>(
    `SELECT b.id, b.slug, b.name, b.short_name, b.kind, b.color, b.accent_color, b.logo_svg, b.time_zone,
            b.tone_notes, b.signature, m.role
     FROM brand_memberships m JOIN brands b ON b.id = m.brand_id
     WHERE m.user_id = $1 ORDER BY b.name`,
    [userId],
  );
  return found.rows.map((b) => ({
    id: b.id as BrandSummary["id"],
    slug: b.slug,
    name: b.name,
    shortName: b.short_name,
    kind: b.kind,
    color: b.color,
    accentColor: b.accent_color,
    logoSvg: b.logo_svg,
    timeZone: b.time_zone,
    toneNotes: b.tone_notes,
    signature: b.signature,
    role: b.role,
  }));
}
