/** Builders that insert just what a test needs, with readable defaults. */
import { v7 as uuidv7 } from "uuid";
import type { Channel } from "../../shared/schemas/brand.ts";
import type { ConversationStatus } from "../../shared/schemas/conversation.ts";
import type { Role } from "../../shared/schemas/user.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { Queryable } from "../db/client.ts";

export const TEST_PASSWORD = "correct horse battery staple";
const passwordHash = await hashPassword(TEST_PASSWORD);
const T0 = new Date("2026-03-02T08:00:00Z");

export async function aBrand(db: Queryable, name = "Brand"): Promise<{ id: string; name: string }> {
  const id = uuidv7();
  await db.query(
    `INSERT INTO brands (id, slug, name, short_name, kind, color, accent_color, time_zone, business_hours, widget_key, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'test', '#0f766e', '#115e59', 'Europe/London', '{}', $5, $6, $6)`,
    [id, `${name.toLowerCase().replace(/\W+/g, "-")}-${id.slice(-6)}`, name, name.slice(0, 2).toUpperCase(), `wk_${id}`, T0],
  );
  return { id, name };
}

export async function aUser(
  db: Queryable,
  memberships: { brandId: string; role: Role }[],
  name = "Agent",
): Promise<{ id: string; email: string; name: string }> {
  const id = uuidv7();
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${id.slice(-8)}@test.example`;
  await db.query(
    "INSERT INTO users (id, email, name, password_hash, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)",
    [id, email, name, passwordHash, T0],
  );
  for (const m of memberships) {
    await db.query("INSERT INTO brand_memberships (user_id, brand_id, role, created_at) VALUES ($1, $2, $3, $4)", [id, m.brandId, m.role, T0]);
  }
  return { id, email, name };
}

export interface ConversationOptions {
  status?: ConversationStatus;
  assigneeId?: string | null;
  subject?: string | null;
  tags?: string[];
  lastActivityAt?: Date;
  /** a contact of the brand to reuse; without it a new contact is made, named contactName */
  contactId?: string;
  contactName?: string;
}

export async function aConversation(
  db: Queryable,
  brandId: string,
  channel: Channel = "chat",
  options: ConversationOptions = {},
): Promise<{ id: string; brandId: string; contactId: string }> {
  const contactId = options.contactId ?? uuidv7();
  const id = uuidv7();
  if (!options.contactId) {
    await db.query("INSERT INTO contacts (id, brand_id, name, email, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)", [
      contactId,
      brandId,
      options.contactName ?? "Casey Customer",
      `casey.${contactId.slice(-8)}@customer.example`,
      T0,
    ]);
  }
  await db.query(
    `INSERT INTO conversations (id, brand_id, contact_id, channel, subject, status, assignee_id, tags, last_activity_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
    [id, brandId, contactId, channel, options.subject ?? null, options.status ?? "open", options.assigneeId ?? null, options.tags ?? [], options.lastActivityAt ?? T0, T0],
  );
  return { id, brandId, contactId };
}

const ALL_DAY: [string, string][] = [["00:00", "24:00"]];
const OPEN_ALWAYS = { sun: ALL_DAY, mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY };

/** A brand with a chat widget, open around the clock unless hours say otherwise. */
export async function aChatBrand(
  db: Queryable,
  name = "Chat Brand",
  options: { hours?: object; allowedOrigins?: string[]; preChat?: "none" | "name" | "nameEmail" } = {},
): Promise<{ id: string; name: string; widgetKey: string }> {
  const brand = await aBrand(db, name);
  await db.query("UPDATE brands SET business_hours = $2, widget_allowed_origins = $3, widget_pre_chat = $4 WHERE id = $1", [
    brand.id,
    JSON.stringify(options.hours ?? OPEN_ALWAYS),
    options.allowedOrigins ?? [],
    options.preChat ?? "none",
  ]);
  return { ...brand, widgetKey: `wk_${brand.id}` };
}
