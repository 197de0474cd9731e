import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Channel } from "../../shared/schemas/brand.ts";
import type { ConversationStatus } from "../../shared/schemas/conversation.ts";
import type { Ack, RequestInput } from "../../shared/contract/index.ts";
import type { InboxPage, InboxSort } from "../../shared/schemas/inbox.ts";
import { aBrand, aConversation, aUser } from "../testing/fixtures.ts";
import { request, startTestServer, type TestServer, type TestSocket } from "../testing/testServer.ts";

type BrandName = "lumen" | "harbor" | "threadline";
type Person = "ana" | "tom";
type Filter = NonNullable<RequestInput<"inbox:list">["filter"]>;

/** One seeded conversation; the test's own model of what every view must show. */
interface Seeded {
  id: string;
  brand: BrandName;
  channel: Channel;
  status: ConversationStatus;
  assignee: Person | null;
  tags: string[];
  activityAt: number;
  /** the first-response deadline, which puts a conversation ahead in the attention order */
  dueAt: number | null;
}

const BASE = Date.parse("2026-03-01T08:00:00Z");
const minutes = (n: number) => BASE + n * 60_000;

describe("inbox:list and inbox:counts", () => {
  let server: TestServer;
  const brandIds = {} as Record<BrandName, string>;
  const userIds = {} as Record<Person, string>;
  let ana: TestSocket;
  let trainer: TestSocket;
  const seeded: Seeded[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    for (const name of ["lumen", "harbor", "threadline"] as const) brandIds[name] = (await aBrand(db, name)).id;
    const anaUser = await aUser(db, [{ brandId: brandIds.lumen, role: "agent" }, { brandId: brandIds.harbor, role: "agent" }], "Ana");
    const tomUser = await aUser(db, [{ brandId: brandIds.lumen, role: "agent" }, { brandId: brandIds.threadline, role: "agent" }], "Tom");
    const trainerUser = await aUser(db, [{ brandId: brandIds.lumen, role: "trainer" }], "Jo");
    userIds.ana = anaUser.id;
    userIds.tom = tomUser.id;
    ana = await server.connect(await server.cookieFor(anaUser.email));
    trainer = await server.connect(await server.cookieFor(trainerUser.email));

    const channels: Channel[] = ["chat", "email", "phone"];
    const statuses: ConversationStatus[] = ["open", "open", "pending", "open", "snoozed", "resolved", "open"];
    const assignees: (Person | null)[] = ["ana", null, "tom", null, "ana", "tom"];
    const brands: BrandName[] = ["lumen", "harbor", "lumen", "threadline"];
    for (let i = 0; i < 60; i++) {
      const spec = {
        brand: brands[i % brands.length]!,
        channel: channels[i % channels.length]!,
        status: statuses[i % statuses.length]!,
        assignee: assignees[i % assignees.length]!,
        tags: i % 5 === 0 ? ["vip"] : i % 7 === 0 ? ["billing", "callback"] : [],
        // runs of equal times, so that pages must break ties by id
        activityAt: minutes(Math.floor(i / 6)),
        dueAt: i % 9 === 0 ? minutes(-100 + i) : null,
      };
      const made = await aConversation(db, brandIds[spec.brand], spec.channel, {
        status: spec.status,
        assigneeId: spec.assignee ? userIds[spec.assignee] : null,
        tags: spec.tags,
        lastActivityAt: new Date(spec.activityAt),
      });
      if (spec.dueAt !== null) await db.query("UPDATE conversations SET first_response_due_at = $2 WHERE id = $1", [made.id, new Date(spec.dueAt)]);
      seeded.push({ id: made.id, ...spec });
    }
  });
  afterAll(() => server.close());

  /** What a view must hold, by the test's own reading of the filter and the sort. */
  function expected(filter: Filter, sort: InboxSort): string[] {
    const brands = filter.brandIds?.length ? filter.brandIds : [brandIds.lumen, brandIds.harbor];
    const statuses = filter.statuses ?? ["open"];
    const matches = seeded.filter(
      (c) =>
        brands.includes(brandIds[c.brand]) &&
        (statuses.length === 0 || statuses.includes(c.status)) &&
        (!filter.channels?.length || filter.channels.includes(c.channel)) &&
        (!filter.tags?.length || filter.tags.some((t) => c.tags.includes(t))) &&
        (filter.assignee === undefined ||
          filter.assignee === "any" ||
          (filter.assignee === "me" && c.assignee === "ana") ||
          (filter.assignee === "unassigned" && c.assignee === null) ||
          (c.assignee !== null && filter.assignee === userIds[c.assignee])),
    );
    const key = (c: Seeded) => (sort === "attention" ? (c.dueAt ?? c.activityAt) : c.activityAt);
    const byId = (a: Seeded, b: Seeded) => (a.id < b.id ? -1 : 1);
    const ordered = matches.sort((a, b) => key(a) - key(b) || byId(a, b));
    return (sort === "attention" ? ordered : ordered.reverse()).map((c) => c.id);
  }

  async function walk(socket: TestSocket, filter: Filter, sort: InboxSort, limit: number): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const ack: Ack<InboxPage> = await request(socket, "inbox:list", { filter, sort, cursor, limit });
      if (!ack.ok) throw new Error(`${ack.error.code}: ${ack.error.message}`);
      expect(ack.data.rows.length).toBeLessThanOrEqual(limit);
      ids.push(...ack.data.rows.map((row) => row.id));
      cursor = ack.data.nextCursor;
      if (cursor === null) return ids;
      expect(ack.data.rows).toHaveLength(limit);
    }
    throw new Error("the cursor never ran out");
  }

  const views: { name: string; filter: () => Filter }[] = [
    { name: "all open (the default)", filter: () => ({}) },
    { name: "one brand", filter: () => ({ brandIds: [brandIds.harbor] }) },
    { name: "every status", filter: () => ({ statuses: [] }) },
    { name: "pending and snoozed", filter: () => ({ statuses: ["pending", "snoozed"] }) },
    { name: "resolved", filter: () => ({ statuses: ["resolved"] }) },
    { name: "mine", filter: () => ({ assignee: "me" }) },
    { name: "unassigned", filter: () => ({ assignee: "unassigned" }) },
    { name: "a teammate's, any status", filter: () => ({ assignee: userIds.tom, statuses: [] }) },
    { name: "two channels", filter: () => ({ channels: ["email", "phone"] }) },
    { name: "tagged vip or billing", filter: () => ({ tags: ["vip", "billing"], statuses: [] }) },
    { name: "brand × channel × status × assignee × tag", filter: () => ({ brandIds: [brandIds.lumen], channels: ["chat", "email"], statuses: ["open", "snoozed"], assignee: "me", tags: ["vip"] }) },
  ];

  for (const view of views) {
    for (const sort of ["attention", "newest"] as const) {
      it(`walks "${view.name}" by ${sort}, page by page, without gaps or duplicates`, async () => {
        const want = expected(view.filter(), sort);
        expect(await walk(ana, view.filter(), sort, 4)).toEqual(want);
        expect(await walk(ana, view.filter(), sort, 200)).toEqual(want);
      });
    }
  }

  it("has views that are not trivially empty", () => {
    for (const view of views.slice(0, -1)) expect(expected(view.filter(), "newest").length, view.name).toBeGreaterThan(2);
    expect(expected({ statuses: [] }, "newest").length).toBeGreaterThan(12);
  });

  it("ends on a full page with no cursor when nothing follows", async () => {
    const all = expected({ brandIds: [brandIds.harbor] }, "newest");
    const ack = await request(ana, "inbox:list", { filter: { brandIds: [brandIds.harbor] }, sort: "newest", limit: all.length });
    expect(ack).toMatchObject({ ok: true, data: { nextCursor: null } });
    expect(ack.ok && ack.data.rows.map((r) => r.id)).toEqual(all);
  });

  it("carries the caller's own read marker on each row, 0 where they have read nothing", async () => {
    const [first, second] = expected({}, "newest");
    await server.database.db.query(
      "INSERT INTO conversation_reads (user_id, conversation_id, last_read_seq, updated_at) VALUES ($1, $2, 7, now()), ($3, $4, 9, now())",
      [userIds.ana, first, userIds.tom, second],
    );
    const ack = await request(ana, "inbox:list", { sort: "newest", limit: 2 });
    expect(ack.ok && ack.data.rows.map((r) => [r.id, r.lastReadSeq])).toEqual([
      [first, 7],
      [second, 0],
    ]);
  });

  it("refuses a cursor that is not one of its own, or belongs to the other order", async () => {
    const page = await request(ana, "inbox:list", { sort: "newest", limit: 2 });
    const cursor = page.ok ? page.data.nextCursor : null;
    expect(cursor).not.toBeNull();
    expect(await request(ana, "inbox:list", { sort: "attention", cursor, limit: 2 })).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(await request(ana, "inbox:list", { cursor: "bm90IGEgY3Vyc29y", limit: 2 })).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });

  it("refuses a view naming a brand outside the caller's, even beside their own, and a caller who reads no conversations", async () => {
    for (const brands of [[brandIds.threadline], [brandIds.lumen, brandIds.threadline]]) {
      const ack = await request(ana, "inbox:list", { filter: { brandIds: brands } });
      expect(ack).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await request(trainer, "inbox:list", {})).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await request(trainer, "inbox:counts", {})).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("counts every view of the side bar within the caller's brands", async () => {
    const count = (filter: Filter) => expected(filter, "newest").length;
    const ack = await request(ana, "inbox:counts", {});
    expect(ack).toEqual({
      ok: true,
      data: {
        mine: count({ assignee: "me" }),
        unassigned: count({ assignee: "unassigned" }),
        allOpen: count({}),
        pendingOrSnoozed: count({ statuses: ["pending", "snoozed"] }),
        resolved: count({ statuses: ["resolved"] }),
        byBrand: { [brandIds.lumen]: count({ brandIds: [brandIds.lumen] }), [brandIds.harbor]: count({ brandIds: [brandIds.harbor] }) },
        byChannel: { chat: count({ channels: ["chat"] }), email: count({ channels: ["email"] }), phone: count({ channels: ["phone"] }) },
      },
    });
  });

  it("moves a conversation to the top of the newest view when someone replies in it", async () => {
    const last = expected({}, "newest").at(-1)!;
    const appended = await request(ana, "timeline:append", { clientId: uuidv7(), conversationId: last, kind: "message", body: "On it" });
    expect(appended.ok).toBe(true);
    const ack = await request(ana, "inbox:list", { sort: "newest", limit: 1 });
    expect(ack).toMatchObject({ ok: true, data: { rows: [{ id: last, lastPreview: "On it", lastSeq: 1 }] } });
  });
});
