import type { CannedReply, ContactDetails } from "../../shared/schemas/contact.ts";
import type { Queryable } from "../db/client.ts";

type Contact = Omit<ContactDetails, "conversations">;

export async function findContact(db: Queryable, contactId: string): Promise<Contact | null> {
  const found = await db.query<{ id: string; brand_id: string; name: string; email: string | null; phone: string | null; time_zone: string | null; created_at: Date }>(
    "SELECT id, brand_id, name, email, phone, time_zone, created_at FROM contacts WHERE id = $1",
    [contactId],
  );
  const row = found.rows[0];
  if (!row) return null;
  return {
    id: row.id,
    brandId: row.brand_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    timeZone: row.time_zone,
    createdAt: new Date(row.created_at).toISOString(),
  } as Contact;
}

/** The contact's conversations with the brand, newest activity first. */
export async function listConversationsOfContact(db: Queryable, contactId: string, brandId: string, limit: number): Promise<ContactDetails["conversations"]> {
  const found = await db.query<{ id: string; channel: string; subject: string | null; status: string; last_preview: string; last_activity_at: Date }>(
    `SELECT id, channel, subject, status, last_preview, last_activity_at FROM conversations
     WHERE contact_id = $1 AND brand_id = $2 ORDER BY last_activity_at DESC, id DESC LIMIT $3`,
    [contactId, brandId, limit],
  );
  return found.rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    subject: row.subject,
    status: row.status,
    lastPreview: row.last_preview,
    lastActivityAt: new Date(row.last_activity_at).toISOString(),
  })) as ContactDetails["conversations"];
}

export async function listCannedReplies(db: Queryable, brandId: string): Promise<CannedReply[]> {
  const found = await db.query<{ id: string; brand_id: string; shortcut: string; title: string; body: string }>(
    "SELECT id, brand_id, shortcut, title, body FROM canned_replies WHERE brand_id = $1 ORDER BY shortcut",
    [brandId],
  );
  return found.rows.map((row) => ({ id: row.id, brandId: row.brand_id, shortcut: row.shortcut, title: row.title, body: row.body }) as CannedReply);
}
