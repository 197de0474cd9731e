/** The brand behind a widget key, and what deciding "can a chat start now" needs to know about it. */
import type { BusinessHours } from "../../shared/domain/brands/businessHours.ts";
import type { PreChatForm } from "../../shared/schemas/chat.ts";
import type { Queryable } from "../db/client.ts";

export interface WidgetBrand {
  id: string;
  name: string;
  color: string;
  accentColor: string;
  logoSvg: string | null;
  greeting: string;
  preChatForm: PreChatForm;
  timeZone: string;
  businessHours: BusinessHours;
  allowedOrigins: string[];
}

export async function findWidgetBrand(db: Queryable, widgetKey: string): Promise<WidgetBrand | null> {
  const found = await db.query<{
    id: string;
    name: string;
    color: string;
    accent_color: string;
    logo_svg: string | null;
    widget_greeting: string;
    widget_pre_chat: PreChatForm;
    time_zone: string;
    business_hours: BusinessHours;
    widget_allowed_origins: string[];
  }>(
    `SELECT id, name, color, accent_color, logo_svg, widget_greeting, widget_pre_chat, time_zone, business_hours, widget_allowed_origins
     FROM brands WHERE widget_key = $1`,
    [widgetKey],
  );
  const row = found.rows[0];
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    color: row.color,
    accentColor: row.accent_color,
    logoSvg: row.logo_svg,
    greeting: row.widget_greeting,
    preChatForm: row.widget_pre_chat,
    timeZone: row.time_zone,
    businessHours: row.business_hours,
    allowedOrigins: row.widget_allowed_origins,
  };
}

/** Agents of the brand who are available for chats now (whether or not they have room: then the chat queues). */
export async function countAvailableAgents(db: Queryable, brandId: string): Promise<number> {
  const found = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM users u JOIN brand_memberships m ON m.user_id = u.id AND m.brand_id = $1 AND m.role IN ('agent', 'supervisor', 'admin')
     WHERE u.status = 'available' AND u.disabled_at IS NULL`,
    [brandId],
  );
  return found.rows[0]?.n ?? 0;
}

/** The brand's chat SLA targets in ms, when it has a policy. */
export async function findChatTargets(db: Queryable, brandId: string, channel: "chat" | "email"): Promise<{ firstResponseMs: number; resolutionMs: number } | null> {
  const found = await db.query<{ first_response_target_ms: number; resolution_target_ms: number }>(
    "SELECT first_response_target_ms, resolution_target_ms FROM sla_policies WHERE brand_id = $1 AND channel = $2",
    [brandId, channel],
  );
  const row = found.rows[0];
  return row ? { firstResponseMs: Number(row.first_response_target_ms), resolutionMs: Number(row.resolution_target_ms) } : null;
}
