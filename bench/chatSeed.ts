/**
 * The data of the chat benchmark: a BPO floor of BRANDS brands, each with a chat widget open around the clock and
 * no pre-chat form, and AGENTS_PER_BRAND agents who work for that brand alone, with room for exactly the brand's
 * share of the visitors, so routing hands every chat out and nothing waits in a queue. Written into either engine's
 * database (an embedded data folder or a database on a PostgreSQL server) that the server opens afterwards; the
 * agents sign in through the real route with a real password.
 */
import { v7 as uuidv7 } from "uuid";
import { hashPassword } from "../server/auth/passwords.ts";
import type { Database } from "../server/db/client.ts";
import { migrate } from "../server/db/migrate.ts";

export const BRANDS = 10;
export const AGENTS_PER_BRAND = 10;
export const VISITORS_PER_BRAND = 100;
const CAPACITY = VISITORS_PER_BRAND / AGENTS_PER_BRAND;
const PASSWORD = "chat-bench-password";

/** Brand b's widget key; the bare relay, which checks no key, is given the same ones. */
export const widgetKeyOf = (b: number) => `wk_chat_bench_${b}`;

const ALL_DAY = [["00:00", "24:00"]];
const OPEN_ALWAYS = { sun: ALL_DAY, mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY };

export interface ChatBenchData {
  widgetKeys: string[];
  agents: { email: string; password: string }[];
}

/** Migrates db and seeds the floor into it; the caller opens and closes db. */
export async function seedChatBench(db: Database): Promise<ChatBenchData> {
  await migrate(db);
  const now = new Date();
  const passwordHash = await hashPassword(PASSWORD);
  const data: ChatBenchData = { widgetKeys: [], agents: [] };
  for (let b = 0; b < BRANDS; b++) {
    const brandId = uuidv7();
    const widgetKey = widgetKeyOf(b);
    await db.query(
      `INSERT INTO brands (id, slug, name, short_name, kind, color, accent_color, time_zone, business_hours, widget_key, widget_pre_chat, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'bench', '#0f766e', '#115e59', 'UTC', $5, $6, 'none', $7, $7)`,
      [brandId, `chat-bench-${b}`, `Chat Bench ${b}`, `C${b}`, JSON.stringify(OPEN_ALWAYS), widgetKey, now],
    );
    data.widgetKeys.push(widgetKey);
    for (let a = 0; a < AGENTS_PER_BRAND; a++) {
      const userId = uuidv7();
      const email = `agent${b}.${a}@chat-bench.example`;
      await db.query("INSERT INTO users (id, email, name, password_hash, chat_capacity, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)", [
        userId,
        email,
        `Agent ${b}.${a}`,
        passwordHash,
        CAPACITY,
        now,
      ]);
      await db.query("INSERT INTO brand_memberships (user_id, brand_id, role, created_at) VALUES ($1, $2, 'agent', $3)", [userId, brandId, now]);
      data.agents.push({ email, password: PASSWORD });
    }
  }
  return data;
}
