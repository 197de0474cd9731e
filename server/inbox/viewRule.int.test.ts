/**
 * The inbox's rule exists twice on purpose: as SQL that an index can serve (inboxQuery.ts, repo.ts, the generated
 * attention_at column, sideBarCounts.ts) and as the pure rule the console places pushed rows with
 * (shared/domain/inbox/). This suite holds them to one answer: a few hundred conversations with random statuses,
 * assignees, brands, channels, tags, due times, snoozes, ended chats and activity times, many of them equal, are
 * paged through the server's query for every view and sort and compared, ids and order, with the shared rule
 * applied to the same conversations in memory. A change to either side alone fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareRows, type OrderFields } from "../../shared/domain/inbox/order.ts";
import { ALL_OPEN, brandSideBarView, inView, sideBarViews, type ViewFields, type ViewFilter } from "../../shared/domain/inbox/view.ts";
import { CHANNELS } from "../../shared/domain/channels.ts";
import { ConversationStatus } from "../../shared/schemas/conversation.ts";
import { ListInbox, type InboxSort } from "../../shared/schemas/inbox.ts";
import { aBrand, aUser } from "../testing/fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing/testDatabase.ts";
import { countInbox } from "./countInbox.ts";
import { scopeBrands } from "./inboxQuery.ts";
import { listInbox } from "./listInbox.ts";

type Generated = ViewFields & OrderFields & { snoozedUntil: string | null };

const CONVERSATIONS = 360;
/** hundreds of pages per test; generous, since a busy two-core machine runs several suites at once */
const SLOW_MS = 240_000;
const SORTS: readonly InboxSort[] = ["attention", "newest"];
const TAGS = ["vip", "billing", "callback"];
const BASE_MS = Date.parse("2026-03-02T08:00:00.000Z");

/** A small generator with a fixed seed (mulberry32), so a failure can be replayed. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return {
    pick,
    chance: (p: number) => next() < p,
    // few distinct instants, so sort keys tie often and the id must decide
    instant: () => new Date(BASE_MS + Math.floor(next() * 24) * 15 * 60_000).toISOString(),
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join("");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
    },
  };
}

describe("inbox views: the server's SQL and the shared rule agree", () => {
  let database: TestDatabase;
  let callerId: string;
  let teammateId: string;
  let readable: string[];
  const generated: Generated[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const lumen = (await aBrand(db, "Lumen")).id;
    const harbor = (await aBrand(db, "Harbor")).id;
    // the caller cannot read this brand: none of its conversations may show anywhere
    const threadline = (await aBrand(db, "Threadline")).id;
    readable = [lumen, harbor];
    callerId = (await aUser(db, [{ brandId: lumen, role: "agent" }, { brandId: harbor, role: "agent" }], "Ana")).id;
    teammateId = (await aUser(db, [{ brandId: lumen, role: "agent" }, { brandId: threadline, role: "agent" }], "Tom")).id;

    const random = randomFrom(Number(process.env.VIEW_RULE_SEED ?? 20260302));
    const contacts = new Map<string, string>();
    for (const brandId of [lumen, harbor, threadline]) {
      const contactId = random.uuid();
      await db.query("INSERT INTO contacts (id, brand_id, name, created_at, updated_at) VALUES ($1, $2, 'Casey', $3, $3)", [contactId, brandId, new Date(BASE_MS)]);
      contacts.set(brandId, contactId);
    }
    const maybe = (p: number) => (random.chance(p) ? random.instant() : null);
    for (let i = 0; i < CONVERSATIONS; i++) {
      const channel = random.pick(CHANNELS);
      const status = random.pick(ConversationStatus.options);
      generated.push({
        id: random.uuid(),
        brandId: random.pick([lumen, lumen, harbor, threadline]),
        channel,
        status,
        assigneeId: random.pick([callerId, teammateId, null]),
        tags: TAGS.filter(() => random.chance(0.3)),
        firstResponseDueAt: maybe(0.7),
        firstRespondedAt: maybe(0.4),
        resolutionDueAt: maybe(0.6),
        chatEndedAt: channel === "chat" ? maybe(0.5) : null,
        waitingSince: maybe(0.4),
        lastActivityAt: random.instant(),
        snoozedUntil: status === "snoozed" ? random.instant() : null,
      } as Generated);
    }
    const column = <K extends keyof Generated>(key: K) => generated.map((c) => c[key]);
    await db.query(
      `INSERT INTO conversations (id, brand_id, contact_id, channel, status, assignee_id, tags, first_response_due_at, first_responded_at,
                                  resolution_due_at, chat_ended_at, waiting_since, last_activity_at, snoozed_until, created_at, updated_at)
       SELECT g.id, g.brand_id, (SELECT c.id FROM contacts c WHERE c.brand_id = g.brand_id), g.channel, g.status, g.assignee_id,
              ARRAY(SELECT jsonb_array_elements_text(g.tags)), g.frd, g.fr, g.rd, g.ended, g.waiting, g.activity, g.snoozed, $14::timestamptz, $14::timestamptz
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[], $7::timestamptz[], $8::timestamptz[],
                   $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[])
         AS g(id, brand_id, channel, status, assignee_id, tags, frd, fr, rd, ended, waiting, activity, snoozed)`,
      [
        column("id"),
        column("brandId"),
        column("channel"),
        column("status"),
        column("assigneeId"),
        generated.map((c) => JSON.stringify(c.tags)),
        column("firstResponseDueAt"),
        column("firstRespondedAt"),
        column("resolutionDueAt"),
        column("chatEndedAt"),
        column("waitingSince"),
        column("lastActivityAt"),
        column("snoozedUntil"),
        new Date(BASE_MS),
      ],
    );
  }, SLOW_MS);
  afterAll(() => database.drop());

  /** Every page of a view through the keyset cursor, small pages so that many of them end inside a run of ties. */
  async function pageThrough(filter: ViewFilter, sort: InboxSort): Promise<string[]> {
    const brandIds = scopeBrands(readable, filter.brandIds);
    if (brandIds === null) throw new Error("a view outside the caller's brands");
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < CONVERSATIONS; pages++) {
      const page = await listInbox(database.db, callerId, brandIds, ListInbox.parse({ filter, sort, cursor, limit: 7 }));
      ids.push(...page.rows.map((row) => row.id));
      cursor = page.nextCursor;
      if (cursor === null) return ids;
    }
    throw new Error("the cursor never ran out");
  }

  /** The same view by the shared rule, over the conversations as generated. */
  function byRule(filter: ViewFilter, sort: InboxSort): string[] {
    return generated
      .filter((c) => readable.includes(c.brandId) && inView(c, filter, callerId))
      .sort(compareRows(sort))
      .map((c) => c.id);
  }

  const view = (changes: Partial<ViewFilter>): ViewFilter => ({ ...ALL_OPEN, ...changes });
  const sideBar = () => {
    const views = sideBarViews();
    return [...views.queues, ...views.channels, ...views.later, ...readable.map((brandId) => brandSideBarView(brandId))];
  };
  const otherViews = (): [string, ViewFilter][] => [
    ["every status", view({ statuses: [] })],
    ["a teammate's, any status", view({ assignee: teammateId, statuses: [] })],
    ["unassigned chats and calls", view({ assignee: "unassigned", channels: ["chat", "phone"] })],
    ["tagged vip or billing, any status", view({ tags: ["vip", "billing"], statuses: [] })],
    ["one brand's pending and snoozed", view({ brandIds: [readable[1]!], statuses: ["pending", "snoozed"] })],
    ["mine, resolved, by email", view({ assignee: "me", statuses: ["resolved"], channels: ["email"] })],
  ];

  it("generates views that hold something and ties that pages must break", () => {
    const all = byRule(view({ statuses: [] }), "newest");
    expect(all.length).toBeGreaterThan(200);
    expect(new Set(generated.map((c) => c.lastActivityAt)).size).toBeLessThan(CONVERSATIONS / 5);
  });

  it.each(SORTS)("pages every side bar view in %s order exactly as the shared rule lists it", async (sort) => {
    for (const { key, filter } of sideBar()) {
      const expected = byRule(filter, sort);
      expect(expected.length, key).toBeGreaterThan(0);
      expect(await pageThrough(filter, sort), key).toEqual(expected);
    }
  }, SLOW_MS);

  it.each(SORTS)("pages filtered views in %s order exactly as the shared rule lists them", async (sort) => {
    for (const [name, filter] of otherViews()) {
      const expected = byRule(filter, sort);
      expect(expected.length, name).toBeGreaterThan(0);
      expect(await pageThrough(filter, sort), name).toEqual(expected);
    }
  }, SLOW_MS);

  it("counts each side bar view as the number of rows the view lists", async () => {
    const counts = await countInbox(database.db, callerId, readable);
    for (const { key, filter, count } of sideBar()) {
      expect(count(counts), key).toBe(byRule(filter, "newest").length);
      expect(count(counts), key).toBe((await pageThrough(filter, "newest")).length);
    }
  }, SLOW_MS);
});
