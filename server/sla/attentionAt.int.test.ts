/**
 * The "needs attention" key exists twice: as the generated column conversations.attention_at (an index needs it in
 * SQL) and as attentionAt() in shared/domain/sla/clock.ts, the clock's own choice of target. This holds them equal on
 * every combination of the fields they read, so a change to either side alone fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { attentionAt, type AttentionFields } from "../../shared/domain/sla/clock.ts";
import { ConversationStatus } from "../../shared/schemas/conversation.ts";
import { createRandom } from "../db/seed/random.ts";
import { aBrand } from "../testing/fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing/testDatabase.ts";

const NULLABLE = ["firstResponseDueAt", "firstRespondedAt", "resolutionDueAt", "chatEndedAt", "waitingSince"] as const;
const ROUNDS = 3;
const SEED = 20_261_125;
const T0 = Date.parse("2026-03-02T00:00:00Z");
const TWO_WEEKS_MS = 14 * 86_400_000;

interface Generated extends AttentionFields {
  id: string;
  status: ConversationStatus;
}

/** Every status with every pattern of null and non-null fields, ROUNDS times over, with random instants. */
function generate(): Generated[] {
  const random = createRandom(SEED);
  // whole milliseconds within two weeks: timestamptz keeps microseconds, so they come back exactly
  const instant = () => new Date(T0 + random.int(0, TWO_WEEKS_MS)).toISOString();
  const generated: Generated[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const status of ConversationStatus.options) {
      for (let presence = 0; presence < 2 ** NULLABLE.length; presence++) {
        const fields = Object.fromEntries(NULLABLE.map((name, bit) => [name, presence & (1 << bit) ? instant() : null]));
        generated.push({ id: uuidv7(), status, ...fields, lastActivityAt: instant() } as Generated);
      }
    }
  }
  return random.shuffle(generated);
}

describe("attention_at and attentionAt()", () => {
  let database: TestDatabase;
  let brandId: string;
  let contactId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    brandId = (await aBrand(database.db)).id;
    contactId = uuidv7();
    await database.db.query("INSERT INTO contacts (id, brand_id, name, created_at, updated_at) VALUES ($1, $2, 'Casey', $3, $3)", [contactId, brandId, new Date(T0)]);
  });
  afterAll(() => database.drop());

  it("agree on every combination of status, due times, first response, chat end, waiting and last activity", async () => {
    const conversations = generate();
    const column = (name: keyof Generated) => conversations.map((c) => c[name]);
    await database.db.query(
      `INSERT INTO conversations (id, brand_id, contact_id, channel, status, first_response_due_at, first_responded_at, resolution_due_at,
                                  chat_ended_at, waiting_since, last_activity_at, created_at, updated_at)
       SELECT id, $1, $2, 'chat', status, first_due, responded, resolution_due, ended, waiting, activity, $3, $3
         FROM unnest($4::uuid[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[])
              AS c(id, status, first_due, responded, resolution_due, ended, waiting, activity)`,
      [
        brandId,
        contactId,
        new Date(T0),
        column("id"),
        column("status"),
        column("firstResponseDueAt"),
        column("firstRespondedAt"),
        column("resolutionDueAt"),
        column("chatEndedAt"),
        column("waitingSince"),
        column("lastActivityAt"),
      ],
    );
    const stored = await database.db.query<{ id: string; attention_at: Date }>("SELECT id, attention_at FROM conversations WHERE brand_id = $1", [brandId]);
    const byId = new Map(stored.rows.map((row) => [row.id, row.attention_at.toISOString()]));

    const disagreements = conversations.filter((c) => byId.get(c.id) !== attentionAt(c)).map((c) => ({ ...c, column: byId.get(c.id), shared: attentionAt(c) }));
    expect(stored.rows).toHaveLength(ROUNDS * ConversationStatus.options.length * 2 ** NULLABLE.length);
    expect(disagreements).toEqual([]);
  });
});
