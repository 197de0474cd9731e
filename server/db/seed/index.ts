/**
 * The demo: three client brands of a BPO, their agents, customers, two weeks of conversations, scripts and KB.
 * Deterministic apart from ids, so every fresh start shows the same story; timestamps are relative to the clock,
 * so SLA timers are live when the demo opens. Runs in one transaction with a handful of set-based inserts.
 */
import { hashPassword } from "../../auth/passwords.ts";
import type { Clock } from "../../app/clock.ts";
import type { Database } from "../client.ts";
import { insertBrands, planBrands } from "./brands.ts";
import { insertCannedReplies, planCannedReplies } from "./cannedReplies.ts";
import { insertContacts, planContacts } from "./contacts.ts";
import { insertConversations } from "./conversationRows.ts";
import { planConversations } from "./conversations.ts";
import { insertDispositions, planDispositions } from "./dispositions.ts";
import { insertKbArticles, planKbArticles } from "./kb.ts";
import { createRandom } from "./random.ts";
import { insertScripts, planScripts } from "./scripts.ts";
import { insertSlaPolicies, planSlaPolicies } from "./slaPolicies.ts";
import { DEMO_PASSWORD, demoLogins, insertUsers, planUsers, type DemoLogin } from "./users.ts";

export type { DemoLogin } from "./users.ts";

const DEMO_SEED = 20_260_302;

export async function isEmpty(db: Database): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM brands LIMIT 1");
  return rows.length === 0;
}

export async function seedDemoData(db: Database, clock: Clock): Promise<DemoLogin[]> {
  const now = clock.now();
  const random = createRandom(DEMO_SEED);
  // argon2 is slow on purpose: hash once, every demo user shares the password
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const brands = planBrands();
  const users = planUsers(brands);
  const contacts = planContacts(brands, random, now);
  const dispositions = planDispositions(brands);
  const slaPolicies = planSlaPolicies(brands);
  const { conversations, timelineItems } = planConversations({ brands, users, contacts, dispositions, slaPolicies, random, now });

  await db.transaction(async (tx) => {
    await insertBrands(tx, brands, now);
    await insertUsers(tx, users, passwordHash, now);
    await insertContacts(tx, contacts);
    await insertDispositions(tx, dispositions);
    await insertSlaPolicies(tx, slaPolicies);
    await insertCannedReplies(tx, planCannedReplies(brands), now);
    await insertScripts(tx, planScripts(brands, users, now));
    await insertKbArticles(tx, planKbArticles(brands, users, now));
    await insertConversations(tx, conversations, timelineItems);
  });
  return demoLogins(users, brands);
}

/** The demo logins when the demo users are in this database (seeded on an earlier start), else none. */
export async function demoLoginsPresent(db: Database): Promise<DemoLogin[]> {
  const brands = planBrands();
  const logins = demoLogins(planUsers(brands), brands);
  const { rows } = await db.query<{ email: string }>("SELECT email FROM users WHERE lower(email) = ANY($1::text[]) AND disabled_at IS NULL", [
    logins.map((l) => l.email.toLowerCase()),
  ]);
  const present = new Set(rows.map((r) => r.email.toLowerCase()));
  return logins.filter((l) => present.has(l.email.toLowerCase()));
}
