import type { InboxPage, ListInbox } from "../../shared/schemas/inbox.ts";
import type { Queryable } from "../db/client.ts";
import { RequestFailure } from "../handlers/failure.ts";
import { decodeCursor, encodeCursor, filterConditions, SqlParams, statusesOf } from "./inboxQuery.ts";
import { selectInboxPage } from "./repo.ts";

/** One keyset page of a view over the given brands. */
export async function listInbox(db: Queryable, callerId: string, brandIds: string[], input: ListInbox): Promise<InboxPage> {
  const after = input.cursor === null ? null : decodeCursor(input.cursor, input.sort);
  if (input.cursor !== null && !after) throw new RequestFailure("invalid_input", "This page cursor is not valid for the view; start again from the first page.");
  const params = new SqlParams();
  const conditions = filterConditions(input.filter, callerId, params);
  // one row more than asked tells whether another page follows
  const found = await selectInboxPage(
    db,
    callerId,
    { brandIds, statuses: statusesOf(input.filter.statuses), conditions, sort: input.sort, after, limit: input.limit + 1 },
    params,
  );
  const page = found.slice(0, input.limit);
  const last = page.at(-1);
  return { rows: page.map((p) => p.row), nextCursor: found.length > input.limit && last ? encodeCursor(input.sort, last.keyset) : null };
}
