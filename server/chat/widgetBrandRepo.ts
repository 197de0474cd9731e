/** The brand behind a widget key, and what deciding "can a chat start now" needs to know about it. */
import { rolesWith } from "../../shared/domain/access/can.ts";
import type { BusinessHours } from "../../shared/domain/brands/businessHours.ts";
import type { PreChatForm } from "../../shared/schemas/chat.ts";
import type { Queryable } from "../db/client.ts";
import { HOLIDAYS_AS_TEXT } from "../sla/repo.ts";

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
  /** "YYYY-MM-DD" in the brand's time zone: closed all day */
  holidays: string[];
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
    holidays: string[];
    widget_allowed_origins: string[];
  }>(
    `SELECT id, name, color, accent_color, logo_svg, widget_greeting, widget_pre_chat, time_zone, business_hours,
            ${HOLIDAYS_AS_TEXT("holidays")} AS holidays, widget_allowed_origins
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
    holidays: row.holidays,
    allowedOrigins: row.widget_allowed_origins,
  };
}

/** Agents of the brand who are available for chats now (whether or not they have room: then the chat queues). */
export async function countAvailableAgents(db: Queryable, brandId: string): Promise<number> {
  const found = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM users u JOIN brand_memberships m ON m.user_id = u.id AND m.brand_id = $1 AND m.role = ANY($2::text[])
     WHERE u.status = 'available' AND u.disabled_at IS NULL`,
    [brandId, rolesWith("chat.take")],
  );
  return found.rows[0]?.n ?? 0;
}
