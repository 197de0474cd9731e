/**
 * Due times as the server stores them, through the widget's real sockets: a chat started and a message left are
 * due when shared/domain/sla/dueAt.ts says, in the brand's business time, its holidays and time zone included.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { HOUR, MINUTE } from "../../shared/domain/durations.ts";
import { aChatBrand, aUser } from "../testing/fixtures.ts";
import { request, startTestServer, type TestServer } from "../testing/testServer.ts";
import { connectVisitor, visitorRequest } from "../testing/visitorClient.ts";
import { findSlaTerms } from "./repo.ts";

const nineToFive: [string, string][] = [["09:00", "17:00"]];
const WEEKDAYS_NINE_TO_FIVE = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };

let server: TestServer;
let brand: { id: string; widgetKey: string };

const ok = <T>(ack: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
};

async function dueTimesOf(conversationId: string): Promise<{ first: string | null; resolution: string | null }> {
  const found = await server.database.db.query<{ first_response_due_at: Date | null; resolution_due_at: Date | null }>(
    "SELECT first_response_due_at, resolution_due_at FROM conversations WHERE id = $1",
    [conversationId],
  );
  const row = found.rows[0];
  return { first: row?.first_response_due_at?.toISOString() ?? null, resolution: row?.resolution_due_at?.toISOString() ?? null };
}

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  brand = await aChatBrand(db, "Threadline", { hours: WEEKDAYS_NINE_TO_FIVE });
  // Monday 2026-11-30 is a made-up holiday of the brand's, on New York's calendar
  await db.query("UPDATE brands SET time_zone = 'America/New_York', holidays = '{2026-11-30}' WHERE id = $1", [brand.id]);
  await db.query(
    `INSERT INTO sla_policies (id, brand_id, channel, first_response_target_ms, resolution_target_ms, business_hours_only)
     VALUES ($1, $3, 'chat', $4, $5, true), ($2, $3, 'email', $6, $7, true)`,
    [uuidv7(), uuidv7(), brand.id, 30 * MINUTE, 4 * HOUR, 2 * HOUR, 16 * HOUR],
  );
});
afterAll(() => server.close());

describe("due times of new conversations", () => {
  it("reads the brand's terms: targets, hours, time zone and holidays as dates", async () => {
    expect(await findSlaTerms(server.database.db, brand.id, "email")).toEqual({
      policy: { firstResponseTargetMs: 2 * HOUR, resolutionTargetMs: 16 * HOUR, businessHoursOnly: true },
      calendar: { timeZone: "America/New_York", businessHours: WEEKDAYS_NINE_TO_FIVE, holidays: ["2026-11-30"] },
    });
    expect(await findSlaTerms(server.database.db, brand.id, "phone")).toBeNull();
  });

  it("a message left on Friday evening falls due on the next business day after the holiday", async () => {
    server.clock.set(new Date("2026-11-27T23:00:00Z")); // Friday 18:00 in New York
    const visitor = await connectVisitor(server.app.url, brand.widgetKey);
    ok(await visitorRequest(visitor, "chat:leaveMessage", { clientId: uuidv7(), email: "vera@example.com", body: "Where is my parcel?" }));
    visitor.disconnect();
    const { rows } = await server.database.db.query<{ id: string }>(
      "SELECT conversation_id AS id FROM timeline_items WHERE brand_id = $1 AND body = 'Where is my parcel?'",
      [brand.id],
    );
    // Tuesday 09:00 EST is 14:00 UTC: 2 h later for the first response; 16 h is two business days
    expect(await dueTimesOf(rows[0]!.id)).toEqual({ first: "2026-12-01T16:00:00.000Z", resolution: "2026-12-02T22:00:00.000Z" });
  });

  it("a chat started ten minutes before closing carries its first-response target over the weekend", async () => {
    server.clock.set(new Date("2026-11-20T21:50:00Z")); // Friday 16:50 in New York
    const agent = await aUser(server.database.db, [{ brandId: brand.id, role: "agent" }], "Ana Agent");
    const agentSocket = await server.connect(await server.cookieFor(agent.email));
    ok(await request(agentSocket, "agent:setStatus", { clientId: uuidv7(), status: "available" }));
    const visitor = await connectVisitor(server.app.url, brand.widgetKey);
    const started = ok(await visitorRequest(visitor, "chat:start", { clientId: uuidv7(), name: "Vera", body: "Does this come in blue?" }));
    visitor.disconnect();
    // 10 min on Friday, 20 on Monday 23 November from 09:00 EST (14:00 UTC)
    expect(await dueTimesOf(started.chat.conversationId)).toEqual({ first: "2026-11-23T14:20:00.000Z", resolution: "2026-11-23T17:50:00.000Z" });
  });
});
