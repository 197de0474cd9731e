import type { ParsedInput, RequestOutput } from "../../shared/contract/index.ts";
import type { Queryable } from "../db/client.ts";
import { cutChangesPage } from "./changesPage.ts";
import { selectChangedSince, selectChangedWithin } from "./repo.ts";

type ChangesPage = RequestOutput<"inbox:changes">;

/**
 * Conversations changed after `since`, oldest change first. A change committed after this read reaches the
 * caller as a push instead: their socket joined its brand rooms when it connected, before it could ask.
 */
export async function listInboxChanges(db: Queryable, callerId: string, brandIds: string[], input: ParsedInput<"inbox:changes">): Promise<ChangesPage> {
  const fetched = await selectChangedSince(db, brandIds, callerId, input.since, input.limit + 1);
  const cut = cutChangesPage(fetched, input.limit);
  if (cut.kind === "tied") {
    const at = new Date(cut.atMs).toISOString();
    const tied = await selectChangedWithin(db, brandIds, callerId, at);
    return { rows: tied.map((change) => change.row), until: at, complete: false };
  }
  const last = cut.rows.at(-1);
  return {
    rows: cut.rows.map((change) => change.row),
    until: last ? new Date(last.changedAtMs).toISOString() : input.since,
    complete: cut.kind === "complete",
  };
}
