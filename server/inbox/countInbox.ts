import type { InboxCounts } from "../../shared/schemas/inbox.ts";
import type { Queryable } from "../db/client.ts";
import { countInboxGroups } from "./repo.ts";
import { computeSideBarCounts } from "./sideBarCounts.ts";

export async function countInbox(db: Queryable, callerId: string, brandIds: string[]): Promise<InboxCounts> {
  return computeSideBarCounts(await countInboxGroups(db, brandIds, callerId), brandIds);
}
