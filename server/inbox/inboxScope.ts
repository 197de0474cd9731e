import { brandsWhere } from "../../shared/domain/access/can.ts";
import { loadPrincipal } from "../access/access.ts";
import type { Queryable } from "../db/client.ts";
import { forbidden } from "../handlers/failure.ts";
import { scopeBrands } from "./inboxQuery.ts";

/**
 * The brands an inbox request reads, from the caller's current memberships: every brand where they may read
 * conversations, or the subset the filter names. Naming a brand outside that set refuses the whole request
 * rather than quietly dropping the brand, so a view never looks emptier than it is.
 */
export async function authorizeInbox(db: Queryable, userId: string, requested: readonly string[] = []): Promise<string[]> {
  const readable = brandsWhere(await loadPrincipal(db, userId), "conversation.read");
  const brandIds = scopeBrands(readable, requested);
  if (!brandIds) throw forbidden("You do not work on the conversations of every brand in this view.");
  return brandIds;
}
