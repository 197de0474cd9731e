/**
 * The inbox's two orders, exactly as the server pages them (keyset on the sort key, then id), so that a row a push
 * moves can be put where the next page would have put it. Attention is the server's attentionAt, soonest first.
 */
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import type { InboxSort } from "../../../shared/schemas/inbox.ts";

type OrderFields = Pick<Conversation, "id" | "attentionAt" | "lastActivityAt">;

// uuids compare in Postgres byte by byte, which for lowercase hex is string order
const byId = (a: OrderFields, b: OrderFields) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function compareFor(sort: InboxSort): (a: OrderFields, b: OrderFields) => number {
  if (sort === "attention") return (a, b) => Date.parse(a.attentionAt) - Date.parse(b.attentionAt) || byId(a, b);
  return (a, b) => Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt) || byId(b, a);
}

export const sortLabel: Record<InboxSort, string> = { attention: "Needs attention", newest: "Newest activity" };
