import { beforeAll, describe, expect, it } from "vitest";
import { maskCardNumbers } from "../../../shared/domain/redaction/cardNumbers.ts";
import { computeSlaDueTimes, type SlaTerms } from "../../../shared/domain/sla/dueAt.ts";
import type { Channel } from "../../../shared/schemas/brand.ts";
import { manualClock } from "../../app/clock.ts";
import { openPglite, type Database } from "../client.ts";
import { migrate } from "../migrate.ts";
import { everyRowAsText } from "../../testing/everyRow.ts";
import { findSlaTerms } from "../../sla/repo.ts";
import { isEmpty, seedDemoData, type DemoLogin } from "./index.ts";
import type { ScriptGraph } from "./scripts/scriptSpec.ts";

describe("seedDemoData", () => {
  let db: Database;
  let logins: DemoLogin[];
  let emptyBefore: boolean;
  const clock = manualClock();

  beforeAll(async () => {
    db = await openPglite(undefined);
    await migrate(db);
    emptyBefore = await isEmpty(db);
    logins = await seedDemoData(db, clock);
  });

  const rows = async <Row>(sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params)).rows;

  it("turns an empty database into a seeded one", async () => {
    expect(emptyBefore).toBe(true);
    expect(await isEmpty(db)).toBe(false);
  });

  it("seeds the three brands", async () => {
    const brands = await rows<{ slug: string; time_zone: string }>("SELECT slug, time_zone FROM brands ORDER BY slug");
    expect(brands).toEqual([
      { slug: "harbor-insurance", time_zone: "Australia/Sydney" },
      { slug: "lumen-fibre", time_zone: "Europe/London" },
      { slug: "threadline", time_zone: "America/New_York" },
    ]);
  });

  it("seeds the demo users with the roles and brands the end-to-end tests expect", async () => {
    const memberships = await rows<{ email: string; role: string; brands: string }>(
      `SELECT u.email, min(m.role) AS role, string_agg(b.slug, ',' ORDER BY b.slug) AS brands
         FROM users u JOIN brand_memberships m ON m.user_id = u.id JOIN brands b ON b.id = m.brand_id
        GROUP BY u.email ORDER BY u.email`,
    );
    expect(memberships).toEqual([
      { email: "admin@switchboard.demo", role: "admin", brands: "harbor-insurance,lumen-fibre,threadline" },
      { email: "ana@switchboard.demo", role: "agent", brands: "lumen-fibre,threadline" },
      { email: "dev@switchboard.demo", role: "agent", brands: "harbor-insurance,lumen-fibre,threadline" },
      { email: "jo@switchboard.demo", role: "trainer", brands: "harbor-insurance,lumen-fibre,threadline" },
      { email: "li@switchboard.demo", role: "agent", brands: "harbor-insurance,threadline" },
      { email: "sam@switchboard.demo", role: "agent", brands: "harbor-insurance" },
      { email: "supervisor@switchboard.demo", role: "supervisor", brands: "lumen-fibre,threadline" },
      { email: "tom@switchboard.demo", role: "agent", brands: "lumen-fibre" },
    ]);
    expect(await rows("SELECT 1 FROM users")).toHaveLength(8);
    expect(logins.map((login) => login.email).sort()).toEqual(memberships.map((m) => m.email));
    expect(logins.find((login) => login.email === "ana@switchboard.demo")?.summary).toBe("agent · Lumen Fibre, Threadline");
  });

  it("gives every conversation a gapless timeline from seq 1 to last_seq", async () => {
    const broken = await rows(
      `SELECT c.id FROM conversations c LEFT JOIN timeline_items t ON t.conversation_id = c.id
        GROUP BY c.id, c.last_seq, c.last_activity_at
       HAVING count(t.id) <> c.last_seq OR min(t.seq) <> 1 OR max(t.seq) <> c.last_seq OR count(t.id) < 2 OR count(t.id) > 12
           OR max(t.created_at) <> c.last_activity_at OR bool_or(t.brand_id <> c.brand_id)`,
    );
    expect(broken).toEqual([]);
    const total = await rows<{ n: number }>("SELECT count(*)::int AS n FROM conversations");
    expect(total[0]?.n).toBe(300);
  });

  it("orders each timeline in time and keeps it in the past", async () => {
    const outOfOrder = await rows(
      `SELECT 1 FROM timeline_items a JOIN timeline_items b ON b.conversation_id = a.conversation_id AND b.seq = a.seq + 1
        WHERE b.created_at < a.created_at`,
    );
    expect(outOfOrder).toEqual([]);
    const future = await rows("SELECT 1 FROM timeline_items WHERE created_at > $1", [clock.now()]);
    expect(future).toEqual([]);
  });

  it("keeps every conversation's contact, disposition and authors inside its brand", async () => {
    const crossing = await rows(
      `SELECT c.id FROM conversations c JOIN contacts k ON k.id = c.contact_id
         LEFT JOIN dispositions d ON d.id = c.disposition_id
        WHERE k.brand_id <> c.brand_id OR d.brand_id <> c.brand_id
           OR (c.status = 'resolved') <> (c.disposition_id IS NOT NULL)`,
    );
    expect(crossing).toEqual([]);
    const foreignAuthors = await rows(
      `SELECT t.id FROM timeline_items t
         LEFT JOIN contacts k ON k.id = t.author_contact_id
         LEFT JOIN brand_memberships m ON m.user_id = t.author_user_id AND m.brand_id = t.brand_id
        WHERE (t.author_contact_id IS NOT NULL AND k.brand_id <> t.brand_id)
           OR (t.author_user_id IS NOT NULL AND (m.user_id IS NULL OR m.role = 'trainer'))`,
    );
    expect(foreignAuthors).toEqual([]);
  });

  it("assigns conversations only to members of the brand who are not trainers", async () => {
    const wrong = await rows(
      `SELECT c.id FROM conversations c
         LEFT JOIN brand_memberships m ON m.user_id = c.assignee_id AND m.brand_id = c.brand_id
        WHERE c.assignee_id IS NOT NULL AND (m.user_id IS NULL OR m.role = 'trainer')`,
    );
    expect(wrong).toEqual([]);
    const unassignedOpen = await rows("SELECT 1 FROM conversations WHERE status = 'open' AND assignee_id IS NULL");
    expect(unassignedOpen.length).toBeGreaterThan(0);
  });

  it("stores no unmasked card number, and shows the masking in every brand", async () => {
    const bodies = await rows<{ body: string }>("SELECT body FROM timeline_items WHERE body <> ''");
    expect(bodies.filter(({ body }) => maskCardNumbers(body) !== body)).toEqual([]);
    const masked = await rows<{ slug: string }>(
      `SELECT DISTINCT b.slug FROM timeline_items t JOIN brands b ON b.id = t.brand_id
        WHERE t.author_type = 'contact' AND t.body LIKE '%•••• %' ORDER BY b.slug`,
    );
    expect(masked.map((m) => m.slug)).toEqual(["harbor-insurance", "lumen-fibre", "threadline"]);
  });

  it("keeps no card number in clear in any other field of any table either", async () => {
    // ids are not text: a UUIDv7 whose first groups are all digits reads as a card number to the masker
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
    const inClear = (await everyRowAsText(db)).filter((row) => {
      const text = row.text.replace(uuid, "");
      return maskCardNumbers(text) !== text;
    });
    expect(inClear.map((row) => `${row.table}: ${row.text.slice(0, 200)}`)).toEqual([]);
  });

  it("marks open conversations whose customer wrote last as waiting since the first unanswered message", async () => {
    const expected = await rows<{ id: string; since: Date | null }>(
      `SELECT c.id,
              (SELECT min(t.created_at) FROM timeline_items t
                WHERE t.conversation_id = c.id AND t.kind = 'message' AND t.direction = 'inbound'
                  AND NOT EXISTS (SELECT 1 FROM timeline_items r WHERE r.conversation_id = c.id AND r.kind = 'message'
                                   AND r.direction = 'outbound' AND r.seq > t.seq)) AS since
         FROM conversations c WHERE c.status = 'open'`,
    );
    const stored = await rows<{ id: string; waiting_since: Date | null }>("SELECT id, waiting_since FROM conversations WHERE status = 'open'");
    const byId = new Map(stored.map((c) => [c.id, c.waiting_since?.toISOString() ?? null]));
    expect(expected.filter((c) => byId.get(c.id) !== (c.since?.toISOString() ?? null))).toEqual([]);
    expect(expected.filter((c) => c.since !== null).length).toBeGreaterThan(0);
    expect(await rows("SELECT 1 FROM conversations WHERE status <> 'open' AND waiting_since IS NOT NULL")).toEqual([]);
  });

  it("gives every brand SLA policies, published scripts and 12 KB articles", async () => {
    const perBrand = await rows<{ slug: string; channels: string; published_scripts: number; articles: number; published_articles: number }>(
      `SELECT b.slug,
              (SELECT string_agg(channel, ',' ORDER BY channel) FROM sla_policies p WHERE p.brand_id = b.id) AS channels,
              (SELECT count(DISTINCT v.script_id)::int FROM script_versions v WHERE v.brand_id = b.id AND v.status = 'published') AS published_scripts,
              (SELECT count(*)::int FROM kb_articles a WHERE a.brand_id = b.id) AS articles,
              (SELECT count(DISTINCT v.article_id)::int FROM kb_article_versions v WHERE v.brand_id = b.id AND v.status = 'published') AS published_articles
         FROM brands b ORDER BY b.slug`,
    );
    for (const brand of perBrand) {
      expect(brand.channels).toBe("chat,email,phone");
      expect(brand.published_scripts).toBeGreaterThanOrEqual(3);
      expect(brand.articles).toBe(12);
      expect(brand.published_articles).toBe(12);
    }
  });

  it("links every script step to a step that exists and resolves with a disposition of the brand", async () => {
    const versions = await rows<{ graph: ScriptGraph; codes: string[] }>(
      `SELECT v.graph, array(SELECT code FROM dispositions d WHERE d.brand_id = v.brand_id) AS codes FROM script_versions v`,
    );
    for (const { graph, codes } of versions) {
      const targets = Object.values(graph.steps).flatMap((step) =>
        step.type === "say" ? [step.next] : step.type === "ask" ? step.choices.map((choice) => choice.next) : [],
      );
      expect(Object.keys(graph.steps)).toContain(graph.start);
      for (const target of targets) expect(Object.keys(graph.steps)).toContain(target);
      for (const step of Object.values(graph.steps)) if (step.type === "resolve") expect(codes).toContain(step.disposition);
    }
  });

  it("computes SLA due times from the brand's policy for the channel, on the brand's calendar", async () => {
    const conversations = await rows<{ brand_id: string; channel: Channel; created_at: Date; first_response_due_at: Date | null; resolution_due_at: Date | null }>(
      "SELECT brand_id, channel, created_at, first_response_due_at, resolution_due_at FROM conversations",
    );
    const terms = new Map<string, SlaTerms | null>();
    const termsOf = async (brandId: string, channel: Channel) => {
      const key = `${brandId}:${channel}`;
      if (!terms.has(key)) terms.set(key, await findSlaTerms(db, brandId, channel));
      return terms.get(key) ?? null;
    };
    const off: unknown[] = [];
    let countedInBusinessTime = 0;
    for (const c of conversations) {
      const due = computeSlaDueTimes(c.created_at, await termsOf(c.brand_id, c.channel));
      if (c.first_response_due_at?.getTime() !== due.firstResponseDueAt?.getTime() || c.resolution_due_at?.getTime() !== due.resolutionDueAt?.getTime()) off.push(c);
      const plainMs = c.created_at.getTime() + ((await termsOf(c.brand_id, c.channel))?.policy.resolutionTargetMs ?? 0);
      if (c.resolution_due_at !== null && c.resolution_due_at.getTime() !== plainMs) countedInBusinessTime++;
    }
    expect(off).toEqual([]);
    expect(conversations.every((c) => c.first_response_due_at !== null && c.resolution_due_at !== null)).toBe(true);
    // the email policies of the two brands that keep hours count business time only
    expect(countedInBusinessTime).toBeGreaterThan(0);
    expect(await rows("SELECT 1 FROM sla_policies WHERE business_hours_only")).toHaveLength(2);
  });

  it("keeps previews short and snoozed conversations snoozed until later", async () => {
    const off = await rows(
      "SELECT id FROM conversations WHERE length(last_preview) > 140 OR (status = 'snoozed') <> coalesce(snoozed_until > $1, false)",
      [clock.now()],
    );
    expect(off).toEqual([]);
  });
});
