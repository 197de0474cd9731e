/**
 * inbox.query_p95_ms and inbox.search_p95_ms: the server's inbox query and full-text search, called as the
 * handlers call them (not through a socket), on a fresh embedded database in a temporary folder holding 100k
 * conversations and 1M timeline items (bench/inboxSeed.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { z } from "zod";
import { ListInbox, SearchInbox, InboxFilter, type InboxSort } from "../shared/schemas/inbox.ts";
import { openPglite, type Database } from "../server/db/client.ts";
import { migrate } from "../server/db/migrate.ts";
import { countInbox } from "../server/inbox/countInbox.ts";
import { listInbox } from "../server/inbox/listInbox.ts";
import { searchInbox } from "../server/inbox/searchInbox.ts";
import { judge, type Figure } from "./budgets.ts";
import { COMMON_WORDS, seedInbox, type InboxSeed } from "./inboxSeed.ts";
import { percentile, report } from "./stats.ts";

const NOW = new Date("2026-11-01T12:00:00Z");
type Filter = z.input<typeof InboxFilter>;
/** Pages read per view: the first, then keyset pages as a scrolling agent would load them. */
const PAGES_PER_VIEW = 6;
/** Unmeasured rounds first: the embedded database's WebAssembly is compiled to fast code only once it runs hot. */
const WARM_UP_ROUNDS = 3;
const ROUNDS = 10;

export async function inboxQueryFigures(): Promise<Figure[]> {
  process.stdout.write("inbox query and search, embedded database, 100k conversations / 1M timeline items:\n");
  const dir = mkdtempSync(join(tmpdir(), "switchboard-inbox-bench-"));
  const db = await openPglite(dir);
  try {
    await migrate(db);
    return await measureInbox(db, await seedInbox(db, NOW));
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures on a seeded database. */
async function measureInbox(db: Database, seed: InboxSeed): Promise<Figure[]> {
  const query = await measureInboxQuery(db, seed);
  const search = await measureSearch(db, seed);
  report("inbox:counts (not budgeted)", await sample(ROUNDS * 4, () => countInbox(db, seed.agentId, seed.brandIds.slice(0, 2))));
  return [judge("inbox.query_p95_ms", percentile(query, 0.95)), judge("inbox.search_p95_ms", percentile(search, 0.95))];
}

async function measureInboxQuery(db: Database, seed: InboxSeed): Promise<number[]> {
  const [first, second] = seed.brandIds as [string, string];
  const views: [string, Filter, InboxSort][] = [
    ["all open", {}, "attention"],
    ["all open", {}, "newest"],
    ["mine", { assignee: "me" }, "attention"],
    ["unassigned", { assignee: "unassigned" }, "attention"],
    ["unassigned", { assignee: "unassigned" }, "newest"],
    ["one brand", { brandIds: [second] }, "attention"],
    ["email", { channels: ["email"] }, "attention"],
    ["pending + snoozed", { statuses: ["pending", "snoozed"] }, "attention"],
    ["resolved", { statuses: ["resolved"] }, "newest"],
    ["every status", { statuses: [] }, "newest"],
    ["brand × chat × vip", { brandIds: [first], channels: ["chat"], tags: ["vip"] }, "attention"],
  ];
  const walk = async ([, filter, sort]: (typeof views)[number], times?: number[]) => {
    let cursor: string | null = null;
    for (let page = 0; page < PAGES_PER_VIEW; page++) {
      const input = ListInbox.parse({ filter, sort, cursor, limit: 50 });
      const started = performance.now();
      const result = await listInbox(db, seed.agentId, input.filter.brandIds.length ? input.filter.brandIds : seed.brandIds.slice(0, 2), input);
      times?.push(performance.now() - started);
      cursor = result.nextCursor;
      if (!cursor) return;
    }
  };
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const view of views) await walk(view);
  const times = views.map((): number[] => []);
  // views take turns, as the requests of many agents would
  for (let round = 0; round < ROUNDS; round++) for (const [i, view] of views.entries()) await walk(view, times[i]);
  process.stdout.write(`  inbox:list, first page and ${PAGES_PER_VIEW - 1} keyset pages of 50:\n`);
  for (const [i, [name, , sort]] of views.entries()) report(`${name} · ${sort}`, times[i]!);
  return times.flat();
}

async function measureSearch(db: Database, seed: InboxSeed): Promise<number[]> {
  const queries: [string, Filter][] = [
    ...COMMON_WORDS.slice(0, 4).map((word): [string, Filter] => [word, {}]),
    [`${COMMON_WORDS[5]} ${COMMON_WORDS[9]}`, {}],
    ["wifi", {}],
    ["speed outage", {}],
    ...seed.rareWords.slice(0, 4).map((word): [string, Filter] => [word, {}]),
    [`${COMMON_WORDS[0]} ${seed.rareWords[5]}`, {}],
    ...seed.contactNames.map((name): [string, Filter] => [name, {}]),
    [COMMON_WORDS[1]!, { brandIds: [seed.brandIds[1]!], statuses: ["open"] }],
    [seed.rareWords[6]!, { statuses: ["open"], channels: ["email"] }],
  ];
  const isRare = (query: string) => seed.rareWords.some((w) => query.includes(w)) || seed.contactNames.includes(query);
  const search = async ([query, filter]: [string, Filter]) => {
    const input = SearchInbox.parse({ query, filter });
    const started = performance.now();
    await searchInbox(db, seed.agentId, input.filter.brandIds?.length ? input.filter.brandIds : seed.brandIds.slice(0, 2), input);
    return performance.now() - started;
  };
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const query of queries) await search(query);
  const byKind = { common: [] as number[], rare: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) for (const query of queries) byKind[isRare(query[0]) ? "rare" : "common"].push(await search(query));
  report("inbox:search, common words", byKind.common);
  report("inbox:search, rare words and names", byKind.rare);
  return [...byKind.common, ...byKind.rare];
}

async function sample(count: number, run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}
