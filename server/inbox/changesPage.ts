/**
 * Where a page of changes may end. The next call asks for changes strictly after the page's `until`, at the
 * millisecond the wire carries, so a page must never end inside a millisecond that holds more changes than it
 * returned: those would be skipped for good.
 */
export type ChangesCut<T> =
  /** everything changed since was returned */
  | { kind: "complete"; rows: T[] }
  /** more follows; the page ends before the millisecond that did not fit */
  | { kind: "cut"; rows: T[] }
  /** more than a page changed within one millisecond: all of that millisecond must be returned at once */
  | { kind: "tied"; atMs: number };

/** `fetched`: up to limit + 1 changes, oldest first. */
export function cutChangesPage<T extends { changedAtMs: number }>(fetched: readonly T[], limit: number): ChangesCut<T> {
  if (fetched.length <= limit) return { kind: "complete", rows: [...fetched] };
  const firstLeftOut = fetched[limit]!.changedAtMs;
  const rows = fetched.slice(0, limit).filter((change) => change.changedAtMs < firstLeftOut);
  return rows.length > 0 ? { kind: "cut", rows } : { kind: "tied", atMs: firstLeftOut };
}
