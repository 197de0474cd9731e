/** Seed data is hand-written: a lookup that misses is a typo in it, reported loudly rather than seeded wrong. */
export function missing(what: string): never {
  throw new Error(`seed data: ${what}`);
}

/** Index into a list the caller knows is long enough. */
export function at<T>(items: readonly T[], index: number): T {
  return items[index] ?? missing(`no item at index ${index} of ${items.length}`);
}
