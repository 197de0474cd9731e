import { describe, expect, it } from "vitest";
import { InboxFilter } from "../../shared/schemas/inbox.ts";
import { decodeCursor, encodeCursor, filterConditions, pageStreamSql, scopeBrands, SqlParams, statusesOf } from "./inboxQuery.ts";

const CALLER = "0193a7a0-0000-7000-8000-000000000001";
const TEAMMATE = "0193a7a0-0000-7000-8000-000000000002";

describe("scopeBrands", () => {
  it.each([
    { case: "no brand named: every readable brand", readable: ["a", "b"], requested: [], scope: ["a", "b"] },
    { case: "a subset of the readable brands", readable: ["a", "b"], requested: ["b"], scope: ["b"] },
    { case: "a brand named twice counts once", readable: ["a", "b"], requested: ["b", "b"], scope: ["b"] },
    { case: "one brand outside refuses the whole request", readable: ["a", "b"], requested: ["a", "x"], scope: null },
    { case: "no readable brand (a trainer) is refused", readable: [], requested: [], scope: null },
  ])("$case", ({ readable, requested, scope }) => {
    expect(scopeBrands(readable, requested)).toEqual(scope);
  });
});

describe("statusesOf", () => {
  it("reads an empty or absent list as every status", () => {
    expect(statusesOf([])).toEqual(["open", "pending", "snoozed", "resolved"]);
    expect(statusesOf(undefined)).toEqual(["open", "pending", "snoozed", "resolved"]);
    expect(statusesOf(["pending", "snoozed", "pending"])).toEqual(["pending", "snoozed"]);
  });
});

describe("filterConditions", () => {
  const conditionsOf = (filter: Partial<InboxFilter>) => {
    const params = new SqlParams();
    return { sql: filterConditions(filter, CALLER, params), params: params.values };
  };

  it.each([
    { case: "the default filter adds nothing", filter: InboxFilter.parse({}), sql: [], params: [] },
    { case: "one channel", filter: { channels: ["email" as const] }, sql: ["c.channel = $1"], params: ["email"] },
    { case: "several channels", filter: { channels: ["chat" as const, "phone" as const] }, sql: ["c.channel = ANY($1::text[])"], params: [["chat", "phone"]] },
    { case: "assigned to the caller", filter: { assignee: "me" as const }, sql: ["c.assignee_id = $1::uuid"], params: [CALLER] },
    { case: "unassigned", filter: { assignee: "unassigned" as const }, sql: ["c.assignee_id IS NULL"], params: [] },
    { case: "assigned to a teammate", filter: InboxFilter.parse({ assignee: TEAMMATE }), sql: ["c.assignee_id = $1::uuid"], params: [TEAMMATE] },
    { case: "any of the tags", filter: { tags: ["vip", "billing"] }, sql: ["c.tags && $1::text[]"], params: [["vip", "billing"]] },
    {
      case: "everything combined",
      filter: { channels: ["chat" as const], assignee: "me" as const, tags: ["vip"] },
      sql: ["c.channel = $1", "c.assignee_id = $2::uuid", "c.tags && $3::text[]"],
      params: ["chat", CALLER, ["vip"]],
    },
  ])("$case", ({ filter, sql, params }) => {
    expect(conditionsOf(filter)).toEqual({ sql, params });
  });
});

describe("keyset cursors", () => {
  const keyset = { at: "2026-03-02T08:00:00.123456Z", id: "0193a7a0-0000-7000-8000-0000000000aa" };

  it("round-trips the exact key and id, URL-safe", () => {
    const cursor = encodeCursor("attention", keyset);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor.length).toBeLessThanOrEqual(200);
    expect(decodeCursor(cursor, "attention")).toEqual(keyset);
  });

  it("refuses a cursor of the other sort order", () => {
    expect(decodeCursor(encodeCursor("newest", keyset), "attention")).toBeNull();
  });

  it.each(["", "not base64 at all!", Buffer.from("[1,2]").toString("base64url"), Buffer.from('["attention","yesterday","x"]').toString("base64url")])(
    "refuses %j",
    (cursor) => {
      expect(decodeCursor(cursor, "attention")).toBeNull();
    },
  );
});

describe("pageStreamSql", () => {
  it("reads one ordered index range per brand and status, after the keyset, and merges them", () => {
    const params = new SqlParams();
    const sql = pageStreamSql(
      { brandIds: ["b1", "b2"], statuses: ["pending", "snoozed"], conditions: [], sort: "attention", after: { at: "2026-03-02T08:00:00.000000Z", id: "i" }, limit: 51 },
      params,
    );
    expect(params.values).toEqual([51, "2026-03-02T08:00:00.000000Z", "i", "pending", "snoozed", ["b1", "b2"]]);
    expect(sql).toContain("(c.attention_at, c.id) > ($2::timestamptz, $3::uuid)");
    expect(sql).toContain("c.status = $4 AND (c.attention_at, c.id) > ($2::timestamptz, $3::uuid) ORDER BY c.attention_at ASC, c.id ASC LIMIT $1)");
    expect(sql).toContain("c.status = $5");
    expect(sql).toContain("ORDER BY pick.sort_at ASC, pick.id ASC LIMIT $1");
  });

  it("walks the newest order downwards", () => {
    const params = new SqlParams();
    const sql = pageStreamSql({ brandIds: ["b1"], statuses: ["open"], conditions: ["c.assignee_id IS NULL"], sort: "newest", after: { at: "t", id: "i" }, limit: 10 }, params);
    expect(sql).toContain("c.assignee_id IS NULL AND (c.last_activity_at, c.id) < ($2::timestamptz, $3::uuid) ORDER BY c.last_activity_at DESC, c.id DESC");
  });
});
