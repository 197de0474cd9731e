/**
 * The inbox benchmark's data: 100k conversations over three brands of unequal size and 1M timeline items whose
 * content words follow a Zipf-like law (a few words such as "order" are in about half of all messages, most are
 * rare), with English stop words between them as in real text. Everything is inserted set-based with
 * generate_series. Secondary indexes are dropped first and rebuilt afterwards from their own definitions:
 * building an index once is far cheaper than maintaining it through a million inserts. VACUUM ANALYZE ends it,
 * as autovacuum would on a Postgres server; the embedded database has no autovacuum of its own.
 */
import type { Database } from "../server/db/client.ts";
import { NAME_GROUPS } from "../server/db/seed/names.ts";

const SEED_SIZE = { conversations: 100_000, itemsPerConversation: 10, contacts: 80_000, agentsPerBrand: 12, distinctBodies: 250_000 };

/** Brand shares of conversations and contacts; the benchmark agent works for the first two. */
const BRAND_SHARES = [0.5, 0.3, 0.2] as const;

const STOP_WORDS = "i my the a to and is it for you on have this with we be not can was of in at".split(" ");

/** The head of the word law: frequent words of support conversations. */
export const COMMON_WORDS = `order help please thanks account refund delivery payment card internet router password broken
  invoice charge cancel update address email phone number policy claim parcel tracking return exchange size colour
  damaged missing late speed outage engineer appointment contract upgrade renewal premium excess vehicle home contents
  travel cover insurer booking reference confirm details change issue problem working connection wifi signal modem
  light reset restart bill discount offer price plan monthly annual direct debit bank transfer receipt warranty
  replacement courier collection store voucher code login app website error message screen customer service team
  manager complaint feedback urgent today tomorrow week month yesterday morning evening call back chat`
  .split(/\s+/)
  .filter(Boolean);

/** The long tail: pronounceable made-up words, each rare, like product codes, places and surnames. */
function tailWords(count: number): string[] {
  const onsets = ["b", "br", "c", "d", "dr", "f", "g", "gr", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "z"];
  const vowels = ["a", "e", "i", "o", "u", "ai", "ou"];
  const codas = ["", "n", "r", "l", "x", "th", "m", "nd", "st"];
  const at = <T>(list: readonly T[], n: number) => list[n % list.length]!;
  const words = new Set<string>();
  for (let i = 0; words.size < count; i++) {
    words.add(at(onsets, i) + at(vowels, Math.floor(i / 21)) + at(onsets, Math.floor(i / 147)) + at(vowels, Math.floor(i / 3087)) + at(codas, Math.floor(i / 7)));
  }
  return [...words];
}

const VOCABULARY = [...COMMON_WORDS, ...tailWords(6_000)];

export interface InboxSeed {
  brandIds: string[];
  /** the benchmark agent: works for the first two brands */
  agentId: string;
  /** words of the law's tail: each in a few hundred messages */
  rareWords: string[];
  contactNames: string[];
}

/** Time-ordered ids, as UUIDv7 are: kind in the first group, the ordinal in the last. */
export const idOf = (kind: number, ordinal: string) => `(lpad(to_hex(${kind}), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(${ordinal}), 12, '0'))::uuid`;
export const KIND = { brand: 1, user: 2, contact: 3, conversation: 4, item: 5, client: 6 };

export async function seedInbox(db: Database, now: Date): Promise<InboxSeed> {
  const { conversations, itemsPerConversation, contacts, agentsPerBrand, distinctBodies } = SEED_SIZE;
  const firsts = NAME_GROUPS.flatMap((g) => g.first);
  const lasts = NAME_GROUPS.flatMap((g) => g.last);
  // brand b owns the ordinal range [starts[b], starts[b + 1]) of conversations and of contacts
  const starts = (total: number) => [...BRAND_SHARES.map((_, b) => Math.round(total * BRAND_SHARES.slice(0, b).reduce((s, x) => s + x, 0))), total];
  const convStarts = starts(conversations);
  const contactStarts = starts(contacts);
  const brandOf = (ordinal: string, bounds: number[]) => `(CASE WHEN ${ordinal} >= ${bounds[2]} THEN 2 WHEN ${ordinal} >= ${bounds[1]} THEN 1 ELSE 0 END)`;
  const agentId = idOf(KIND.user, "0");
  const step = timer();

  const dropped = await dropSecondaryIndexes(db);
  await db.exec("SELECT setseed(0.42)");
  await db.query(
    `INSERT INTO brands (id, slug, name, short_name, kind, color, accent_color, time_zone, business_hours, widget_key, created_at, updated_at)
     SELECT ${idOf(KIND.brand, "b")}, 'bench-' || b, 'Bench ' || b, 'B' || b, 'bench', '#0f766e', '#115e59', 'UTC', '{}', 'wk_bench_' || b, $1, $1
     FROM generate_series(0, 2) b`,
    [now],
  );
  // user 0 is the benchmark agent, in brands 0 and 1; user u > 0 works for brand (u - 1) % 3
  await db.query(
    `INSERT INTO users (id, email, name, password_hash, created_at, updated_at)
     SELECT ${idOf(KIND.user, "u")}, 'agent' || u || '@bench.example', 'Agent ' || u, 'x', $1, $1 FROM generate_series(0, $2) u`,
    [now, 3 * agentsPerBrand],
  );
  await db.query(
    `INSERT INTO brand_memberships (user_id, brand_id, role, created_at)
     SELECT ${agentId}, ${idOf(KIND.brand, "b")}, 'agent', $1::timestamptz FROM generate_series(0, 1) b
     UNION ALL
     SELECT ${idOf(KIND.user, "u")}, ${idOf(KIND.brand, "(u - 1) % 3")}, 'agent', $1::timestamptz FROM generate_series(1, $2) u`,
    [now, 3 * agentsPerBrand],
  );
  await db.query(
    `INSERT INTO contacts (id, brand_id, name, email, phone, time_zone, created_at, updated_at)
     SELECT ${idOf(KIND.contact, "j")}, ${idOf(KIND.brand, brandOf("j", contactStarts))}, f || ' ' || l,
            lower(f || '.' || l || '.' || j || '@customer.example'), '+44 7700 ' || lpad(j::text, 6, '0'), NULL, $3, $3
     FROM generate_series(0, $4 - 1) j,
          LATERAL (SELECT ($1::text[])[1 + j % cardinality($1::text[])] AS f, ($2::text[])[1 + (j / cardinality($1::text[])) % cardinality($2::text[])] AS l) name`,
    [firsts, lasts, new Date(now.getTime() - 400 * 86_400_000), contacts],
  );
  // a log-uniform rank has the density 1/rank of Zipf's law; random() is drawn again for every word
  const words = (count: string, stopShare: number) =>
    `(SELECT string_agg(CASE WHEN random() < ${stopShare} THEN ($2::text[])[1 + floor(random() * ${STOP_WORDS.length})::int]
                             ELSE ($1::text[])[floor(exp(random() * ln(${VOCABULARY.length})))::int] END, ' ')
      FROM generate_series(1, ${count}))`;
  const contactsMs = step();
  await db.query(`CREATE TEMP TABLE bench_bodies AS SELECT n, ${words("6 + n % 20", 0.4)} AS body FROM generate_series(0, ${distinctBodies - 1}) n`, [
    VOCABULARY,
    STOP_WORDS,
  ]);
  const bodiesMs = step();
  // a conversation's brand follows its ordinal; its contact is one of that brand's contacts
  await db.query(
    `INSERT INTO conversations (id, brand_id, contact_id, channel, subject, status, snoozed_until, assignee_id, priority, tags,
       first_response_due_at, resolution_due_at, first_responded_at, resolved_at, last_seq, last_activity_at, last_preview,
       waiting_since, created_at, updated_at)
     SELECT ${idOf(KIND.conversation, "i")}, ${idOf(KIND.brand, "b")}, ${idOf(KIND.contact, "contact_ordinal")}, channel,
            CASE WHEN channel = 'email' THEN ${words("3 + i % 4", 0.2)} WHEN channel = 'chat' AND i % 2 = 0 THEN 'Chat about ' || ${words("1 + i % 2", 0)} END,
            status, CASE WHEN status = 'snoozed' THEN $3::timestamptz + interval '1 day' END,
            CASE WHEN status = 'open' AND r < 0.25 THEN NULL
                 -- 1% of assignments in the agent's brands are the agent's own
                 WHEN b < 2 AND r >= 0.25 AND r < 0.26 THEN ${agentId}
                 ELSE ${idOf(KIND.user, `1 + b + 3 * floor(r * ${agentsPerBrand})::int`)} END,
            (ARRAY['low', 'normal', 'normal', 'normal', 'high', 'urgent'])[1 + i % 6],
            CASE WHEN i % 7 = 0 THEN ARRAY['vip'] WHEN i % 11 = 0 THEN ARRAY['billing', 'callback'] ELSE '{}' END,
            created + interval '1 hour', created + interval '3 days',
            CASE WHEN status <> 'open' OR r > 0.5 THEN created + interval '20 minutes' END,
            CASE WHEN status = 'resolved' THEN activity END,
            $4, activity, 'Last message of conversation ' || i,
            CASE WHEN status = 'open' AND r < 0.5 THEN activity END,
            created, activity
     FROM (
       SELECT i, b, r, activity, activity - random() * interval '5 days' AS created,
              (ARRAY['chat', 'chat', 'email', 'email', 'email', 'phone'])[1 + (i * 7) % 6] AS channel,
              CASE WHEN s < 0.15 THEN 'open' WHEN s < 0.21 THEN 'pending' WHEN s < 0.25 THEN 'snoozed' ELSE 'resolved' END AS status,
              (ARRAY[${contactStarts.join(", ")}])[1 + b] + (i * 7919) % ((ARRAY[${contactStarts.join(", ")}])[2 + b] - (ARRAY[${contactStarts.join(", ")}])[1 + b]) AS contact_ordinal
       FROM (SELECT i, ${brandOf("i", convStarts)} AS b, random() AS r, random() AS s,
                    $3::timestamptz - power(random(), 2) * interval '365 days' AS activity
             FROM generate_series(0, $5 - 1) i) drawn
     ) c`,
    [VOCABULARY, STOP_WORDS, now, itemsPerConversation, conversations],
  );
  const conversationsMs = step();
  // items spread evenly over each conversation's life; customer and agent take turns, every fifth is a note
  await db.query(
    `INSERT INTO timeline_items (id, conversation_id, brand_id, seq, client_id, kind, direction, author_type, author_contact_id, body, created_at)
     SELECT ${idOf(KIND.item, "c.ordinal * 100 + s")}, c.id, c.brand_id, s, ${idOf(KIND.client, "c.ordinal * 100 + s")},
            CASE WHEN s % 5 = 0 THEN 'note' ELSE 'message' END,
            CASE WHEN s % 5 = 0 THEN NULL WHEN s % 2 = 1 THEN 'inbound' ELSE 'outbound' END,
            CASE WHEN s % 2 = 1 AND s % 5 <> 0 THEN 'contact' ELSE 'user' END,
            CASE WHEN s % 2 = 1 AND s % 5 <> 0 THEN c.contact_id END,
            body.body, c.created_at + (c.last_activity_at - c.created_at) * s / $1
     FROM (SELECT row_number() OVER (ORDER BY id) AS ordinal, id, brand_id, contact_id, created_at, last_activity_at FROM conversations) c
     CROSS JOIN generate_series(1, $1) s
     JOIN bench_bodies body ON body.n = ((c.ordinal * $1 + s) * 7919) % $2`,
    [itemsPerConversation, distinctBodies],
  );
  const itemsMs = step();
  await db.exec("SET maintenance_work_mem = '256MB'");
  for (const definition of dropped) await db.exec(definition);
  await db.exec("VACUUM ANALYZE");
  const indexesMs = step();
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  process.stdout.write(
    `  seeded ${contacts.toLocaleString("en")} contacts in ${seconds(contactsMs)}, ${distinctBodies.toLocaleString("en")} message texts in ${seconds(bodiesMs)}, ` +
      `${conversations.toLocaleString("en")} conversations in ${seconds(conversationsMs)}, ` +
      `${(conversations * itemsPerConversation).toLocaleString("en")} timeline items in ${seconds(itemsMs)}, ` +
      `${dropped.length} indexes and statistics in ${seconds(indexesMs)}\n`,
  );
  const agent = await db.query<{ id: string }>(`SELECT ${agentId} AS id`);
  const brands = await db.query<{ id: string }>("SELECT id FROM brands ORDER BY id");
  return {
    brandIds: brands.rows.map((b) => b.id),
    agentId: agent.rows[0]!.id,
    rareWords: VOCABULARY.slice(-600).filter((_, i) => i % 60 === 0),
    contactNames: [firsts[3]!, lasts[7]!, `${firsts[5]} ${lasts[2]}`],
  };
}

function timer(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return elapsed;
  };
}

/** Drops the indexes of the seeded tables that no constraint needs, returning the statements that rebuild them. */
async function dropSecondaryIndexes(db: Database): Promise<string[]> {
  const found = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename IN ('contacts', 'conversations', 'timeline_items')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
  );
  for (const index of found.rows) await db.exec(`DROP INDEX ${index.name}`);
  return found.rows.map((index) => index.definition);
}
