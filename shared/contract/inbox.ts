import { InboxChanges, InboxChangesPage, InboxCounts, InboxPage, ListInbox, SearchInbox } from "../schemas/inbox.ts";
import { z } from "zod";
import { query } from "./define.ts";

export const inboxRequests = {
  /** One page of a view, keyset-paged: pass the previous page's nextCursor to continue. */
  "inbox:list": query(ListInbox, InboxPage),
  /** Live counts of the side bar's views for the caller. */
  "inbox:counts": query(z.object({}), InboxCounts),
  /** Full-text search across the caller's brands; a brand the caller lacks is never searched. */
  "inbox:search": query(SearchInbox, InboxPage),
  /** Conversations changed since an instant, for catching up after a reconnect. */
  "inbox:changes": query(InboxChanges, InboxChangesPage),
};

export const inboxPushes = {};
