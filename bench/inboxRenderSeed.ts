/**
 * The data of the inbox render benchmark: one agent who signs in through the console with a real password, working
 * for two brands of unequal size, whose All open view holds exactly 10,000 conversations, beside 4,000 pending,
 * snoozed or resolved ones so that every side bar view has rows. Each conversation has up to three timeline items.
 * Inserted set-based, as bench/inboxSeed.ts does, into a data folder the server opens afterwards.
 */
import { hashPassword } from "../server/auth/passwords.ts";
import { openPglite } from "../server/db/client.ts";
import { migrate } from "../server/db/migrate.ts";
import { idOf, KIND } from "./inboxSeed.ts";

/** i % 7 < 5 is open: 10,000 of 14,000 */
const CONVERSATIONS = 14_000;
const CONTACTS_PER_BRAND = 3_000;
/** teammates 1..6; teammate u works for brand (u - 1) % 2 */
const TEAMMATES = 6;

const BODIES = [
  "Hi, my order has not arrived yet and the tracking page has not changed since Monday.",
  "Thanks for getting back to me. The router is still dropping the connection every evening.",
  "Could you check why I was charged twice on my last invoice?",
  "I have reset the password but the app still says my login is wrong.",
  "Happy to help! I have sent a replacement and you will get the tracking code by email.",
  "The engineer did not turn up for the appointment this morning.",
  "Can I change the delivery address for the parcel that left the warehouse today?",
  "I would like to cancel the renewal and get a refund for this month.",
];

export interface BenchLogin {
  email: string;
  password: string;
}

export async function seedInboxRender(dataDir: string, now: Date): Promise<BenchLogin> {
  const login = { email: "agent@bench.example", password: "bench-password-0" };
  const started = performance.now();
  const db = await openPglite(dataDir);
  try {
    await migrate(db);
    const agentId = idOf(KIND.user, "0");
    await db.exec("SELECT setseed(0.42)");
    await db.query(
      `INSERT INTO brands (id, slug, name, short_name, kind, color, accent_color, time_zone, business_hours, widget_key, created_at, updated_at)
       SELECT ${idOf(KIND.brand, "b")}, 'bench-' || b, 'Bench ' || b, 'B' || b, 'bench', '#0f766e', '#115e59', 'UTC', '{}', 'wk_bench_' || b, $1, $1
       FROM generate_series(0, 1) b`,
      [now],
    );
    await db.query(
      `INSERT INTO users (id, email, name, password_hash, created_at, updated_at)
       SELECT ${idOf(KIND.user, "u")}, CASE WHEN u = 0 THEN $2 ELSE 'teammate' || u || '@bench.example' END,
              CASE WHEN u = 0 THEN 'Bench Agent' ELSE 'Teammate ' || u END,
              -- teammates never sign in: a hash that verifies nothing
              CASE WHEN u = 0 THEN $3 ELSE 'x' END, $1, $1
       FROM generate_series(0, $4) u`,
      [now, login.email, await hashPassword(login.password), TEAMMATES],
    );
    await db.query(
      `INSERT INTO brand_memberships (user_id, brand_id, role, created_at)
       SELECT ${agentId}, ${idOf(KIND.brand, "b")}, 'agent', $1::timestamptz FROM generate_series(0, 1) b
       UNION ALL
       SELECT ${idOf(KIND.user, "u")}, ${idOf(KIND.brand, "(u - 1) % 2")}, 'agent', $1::timestamptz FROM generate_series(1, $2) u`,
      [now, TEAMMATES],
    );
    // contact j belongs to brand j % 2
    await db.query(
      `INSERT INTO contacts (id, brand_id, name, email, created_at, updated_at)
       SELECT ${idOf(KIND.contact, "j")}, ${idOf(KIND.brand, "j % 2")}, 'Customer ' || j, 'customer' || j || '@customer.example', $1, $1
       FROM generate_series(0, $2 - 1) j`,
      [new Date(now.getTime() - 90 * 86_400_000), 2 * CONTACTS_PER_BRAND],
    );
    // brand, channel, status and item count follow coprime moduli of the ordinal, so every view mixes all of them
    await db.query(
      `CREATE TEMP TABLE drawn AS
       SELECT i, b, items, status, (ARRAY['chat', 'email', 'email', 'phone'])[1 + i % 4] AS channel, activity,
              activity - random() * interval '3 days' AS created,
              CASE WHEN status = 'open' AND r < 0.3 THEN NULL
                   WHEN r < 0.35 THEN ${agentId}
                   ELSE ${idOf(KIND.user, `1 + b + 2 * floor(random() * ${TEAMMATES / 2})::int`)} END AS assignee_id,
              2 * ((i * 7919) % ${CONTACTS_PER_BRAND}) + b AS contact_ordinal
       FROM (SELECT i, CASE WHEN i % 5 < 3 THEN 0 ELSE 1 END AS b, (i / 4) % 4 AS items, random() AS r,
                    CASE WHEN i % 7 < 5 THEN 'open' WHEN i % 7 = 5 THEN 'pending' WHEN (i / 7) % 2 = 0 THEN 'snoozed' ELSE 'resolved' END AS status,
                    $1::timestamptz - power(random(), 2) * interval '30 days' AS activity
             FROM generate_series(0, $2 - 1) i) d`,
      [now, CONVERSATIONS],
    );
    // an odd item count ends with the customer's message, which nobody has answered yet
    await db.query(
      `INSERT INTO conversations (id, brand_id, contact_id, channel, subject, status, snoozed_until, assignee_id, priority, tags,
         first_response_due_at, resolution_due_at, first_responded_at, resolved_at, last_seq, last_activity_at, last_preview,
         waiting_since, created_at, updated_at)
       SELECT ${idOf(KIND.conversation, "i")}, ${idOf(KIND.brand, "b")}, ${idOf(KIND.contact, "contact_ordinal")}, channel,
              CASE WHEN channel = 'email' THEN 'Question about order ' || (100000 + i) END,
              status, CASE WHEN status = 'snoozed' THEN $1::timestamptz + interval '1 day' END, assignee_id,
              (ARRAY['low', 'normal', 'normal', 'normal', 'high', 'urgent'])[1 + i % 6],
              CASE WHEN i % 7 = 0 THEN ARRAY['vip'] WHEN i % 11 = 0 THEN ARRAY['billing', 'callback'] ELSE '{}' END,
              created + interval '1 hour', created + interval '3 days',
              CASE WHEN items >= 2 THEN created + interval '20 minutes' END,
              CASE WHEN status = 'resolved' THEN activity END,
              items, activity, CASE WHEN items > 0 THEN ($2::text[])[1 + (i + items) % cardinality($2::text[])] ELSE '' END,
              CASE WHEN status = 'open' AND items % 2 = 1 THEN activity END,
              created, activity
       FROM drawn`,
      [now, BODIES],
    );
    await db.query(
      `INSERT INTO timeline_items (id, conversation_id, brand_id, seq, client_id, kind, direction, author_type, author_user_id, author_contact_id, body, created_at)
       SELECT ${idOf(KIND.item, "i * 4 + s")}, ${idOf(KIND.conversation, "i")}, ${idOf(KIND.brand, "b")}, s, ${idOf(KIND.client, "i * 4 + s")}, 'message',
              CASE WHEN s % 2 = 1 THEN 'inbound' ELSE 'outbound' END,
              CASE WHEN s % 2 = 1 THEN 'contact' ELSE 'user' END,
              CASE WHEN s % 2 = 0 THEN coalesce(assignee_id, ${agentId}) END,
              CASE WHEN s % 2 = 1 THEN ${idOf(KIND.contact, "contact_ordinal")} END,
              ($1::text[])[1 + (i + s) % cardinality($1::text[])], created + (activity - created) * s / items
       FROM drawn CROSS JOIN LATERAL generate_series(1, items) s`,
      [BODIES],
    );
    // the embedded database has no autovacuum: without statistics the planner guesses
    await db.exec("VACUUM ANALYZE");
    const counts = await db.query<{ status: string; n: number }>("SELECT status, count(*)::int AS n FROM conversations GROUP BY 1 ORDER BY 1");
    const items = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM timeline_items");
    process.stdout.write(
      `  seeded ${counts.rows.map((c) => `${c.n.toLocaleString("en")} ${c.status}`).join(", ")} conversations and ` +
        `${items.rows[0]!.n.toLocaleString("en")} timeline items in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    // the server takes its own lock on the folder; this handle must be gone first
    await db.close();
  }
  return login;
}
