/** The few facts about a brand that the public widget routes show: its name and colours, and its widget key. */
import type { Queryable } from "../db/client.ts";

export interface WidgetBrand {
  name: string;
  slug: string;
  kind: string;
  color: string;
  accentColor: string;
  logoSvg: string | null;
  widgetKey: string;
}

const COLUMNS = `name, slug, kind, color, accent_color AS "accentColor", logo_svg AS "logoSvg", widget_key AS "widgetKey"`;

export async function findBrandBySlug(db: Queryable, slug: string): Promise<WidgetBrand | null> {
  const found = await db.query<WidgetBrand>(`SELECT ${COLUMNS} FROM brands WHERE slug = $1`, [slug]);
  return found.rows[0] ?? null;
}

export async function listBrandsBySlug(db: Queryable, slugs: readonly string[]): Promise<WidgetBrand[]> {
  const found = await db.query<WidgetBrand>(`SELECT ${COLUMNS} FROM brands WHERE slug = ANY($1::text[]) ORDER BY name`, [slugs]);
  return found.rows;
}
