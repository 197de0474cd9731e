/**
 * Full-text search over contact, subject and message text, newest activity first, with a cost that stays bounded
 * however common the words are. A full-text index answers rare words cheaply, but its bitmap for a word found in
 * half of all messages costs more than the whole budget, and sorting those matches by activity far more. So:
 *
 * 1. Probe: check the newest conversations of the view directly (subject, contact, latest items).
 * 2. Where the probe shows the words are common, check enough newest conversations to fill the page: exact,
 *    newest first, and cheap precisely because matches are dense.
 * 3. Otherwise ask the three full-text indexes, each capped, and merge with what the probe found. Below the caps
 *    the answer is exact; above them it is the probe's newest matches, then a bounded sample of older ones.
 */
import type { InboxRow } from "../../shared/schemas/conversation.ts";
import type { InboxPage, SearchInbox } from "../../shared/schemas/inbox.ts";
import type { Queryable } from "../db/client.ts";
import { filterConditions, SqlParams, statusesOf } from "./inboxQuery.ts";
import { selectIndexedMatches, selectRecentMatches } from "./repo.ts";

/** Newest conversations the probe checks. */
const PROBE_WINDOW = 30;
/** Most newest conversations checked for common words: the walk's cost bound. */
const MAX_WINDOW = 200;
/** Margin on the probe's estimate of how many conversations fill a page. */
const WINDOW_MARGIN = 1.25;
/** How many of a conversation's latest messages and notes a direct check reads. */
const ITEMS_CHECKED_EACH = 20;
/** How many matches each index (contacts, subjects, message bodies) may contribute. */
const CANDIDATES_EACH = 100;

export async function searchInbox(db: Queryable, callerId: string, brandIds: string[], input: SearchInbox): Promise<InboxPage> {
  const statuses = statusesOf(input.filter.statuses);
  const newestMatches = (window: number): Promise<InboxRow[]> => {
    const params = new SqlParams();
    const conditions = filterConditions(input.filter, callerId, params);
    return selectRecentMatches(
      db,
      { brandIds, statuses, conditions, sort: "newest", after: null, limit: window },
      { text: input.query, itemsEach: ITEMS_CHECKED_EACH, limit: input.limit, callerId },
      params,
    );
  };

  let found = await newestMatches(PROBE_WINDOW);
  if (found.length < input.limit && found.length > 0) {
    // the window that should hold a page of matches at the density the probe saw
    const window = Math.ceil((input.limit * PROBE_WINDOW * WINDOW_MARGIN) / found.length);
    if (window <= MAX_WINDOW) found = await newestMatches(window);
  }
  if (found.length === input.limit) return { rows: found, nextCursor: null };

  const params = new SqlParams();
  const conditions = filterConditions(input.filter, callerId, params);
  const rows = await selectIndexedMatches(
    db,
    { text: input.query, brandIds, statuses, conditions, knownIds: found.map((row) => row.id), candidatesEach: CANDIDATES_EACH, limit: input.limit, callerId },
    params,
  );
  return { rows, nextCursor: null };
}
