import { can } from "../../shared/domain/access/can.ts";
import type { ContactDetails } from "../../shared/schemas/contact.ts";
import { loadPrincipal } from "../access/access.ts";
import type { Queryable } from "../db/client.ts";
import { notFound } from "../handlers/failure.ts";
import { findContact, listConversationsOfContact } from "./repo.ts";

/** What the contact panel shows; enough to recognise a returning customer without opening each conversation. */
const CONVERSATIONS_SHOWN = 20;

/** The contact's brand, if the caller may read its conversations; otherwise "not found", as for a made-up id. */
export async function authorizeContact(db: Queryable, userId: string, contactId: string): Promise<{ brandId: string }> {
  const [contact, principal] = await Promise.all([findContact(db, contactId), loadPrincipal(db, userId)]);
  if (!contact || !can(principal, "conversation.read", contact.brandId)) throw notFound("Contact");
  return { brandId: contact.brandId };
}

/** The contact with their conversations with the brand, any channel, newest first (the open one included). */
export async function getContact(db: Queryable, contactId: string, brandId: string): Promise<ContactDetails> {
  const contact = await findContact(db, contactId);
  if (!contact || contact.brandId !== brandId) throw notFound("Contact");
  return { ...contact, conversations: await listConversationsOfContact(db, contactId, brandId, CONVERSATIONS_SHOWN) };
}
