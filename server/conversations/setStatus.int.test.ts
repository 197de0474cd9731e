import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConversation } from "../testing/fixtures.ts";
import { startBrandFloor, type BrandFloor } from "../testing/brandFloor.ts";
import { collectPushes, nextPush, request } from "../testing/testServer.ts";

import { HOUR } from "../../shared/domain/durations.ts";

describe("conversation:setStatus", () => {
  let floor: BrandFloor;
  beforeAll(async () => {
    floor = await startBrandFloor();
  });
  afterAll(() => floor.server.close());

  const inFuture = (ms: number) => new Date(floor.server.clock.now().getTime() + ms).toISOString();
  const itemData = async (conversationId: string) =>
    (await floor.server.database.db.query<{ data: unknown }>("SELECT data FROM timeline_items WHERE conversation_id = $1 AND kind = 'statusChange' ORDER BY seq", [conversationId])).rows.map(
      (r) => r.data,
    );
  const setStatus = (socket = floor.ana.socket, conversationId: string, change: object) =>
    request(socket, "conversation:setStatus", { clientId: uuidv7(), conversationId, ...change });

  it("resolves: ack, the brand hears the change, watchers get the status-change item", async () => {
    const { ana, tom } = floor;
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "email");
    await request(tom.socket, "conversation:watch", { conversationId: conversation.id });
    const changed = nextPush(tom.socket, "conversation:changed");
    const appended = nextPush(tom.socket, "timeline:appended");
    const ack = await setStatus(ana.socket, conversation.id, { status: "resolved", baseVersion: 1 });
    const now = floor.server.clock.now().toISOString();
    expect(ack).toMatchObject({ ok: true, data: { status: "resolved", resolvedAt: now, snoozedUntil: null, version: 2, lastSeq: 1 } });
    if (!ack.ok) return;
    expect(await changed).toEqual(ack.data);
    expect(await appended).toMatchObject({ kind: "statusChange", authorUserId: ana.id, data: { from: "open", to: "resolved" }, createdAt: now });
  });

  it("snoozes until a future time, moves the snooze, then reopens", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "email");
    const until = inFuture(4 * HOUR);
    expect(await setStatus(undefined, conversation.id, { status: "snoozed", snoozedUntil: until })).toMatchObject({ ok: true, data: { status: "snoozed", snoozedUntil: until } });
    const later = inFuture(24 * HOUR);
    expect(await setStatus(undefined, conversation.id, { status: "snoozed", snoozedUntil: later })).toMatchObject({ ok: true, data: { snoozedUntil: later } });
    expect(await setStatus(undefined, conversation.id, { status: "open" })).toMatchObject({ ok: true, data: { status: "open", snoozedUntil: null, version: 4 } });
    expect(await itemData(conversation.id)).toEqual([
      { from: "open", to: "snoozed", snoozedUntil: until },
      { from: "snoozed", to: "snoozed", snoozedUntil: later },
      { from: "snoozed", to: "open" },
    ]);
  });

  it("refuses a snooze into the past, and a snooze without an end", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "email");
    expect(await setStatus(undefined, conversation.id, { status: "snoozed", snoozedUntil: inFuture(-1) })).toMatchObject({ ok: false, error: { code: "invalid_input", message: /future/ } });
    expect(await setStatus(undefined, conversation.id, { status: "snoozed" })).toMatchObject({ ok: false, error: { code: "invalid_input", issues: [{ path: "snoozedUntil" }] } });
    expect(await itemData(conversation.id)).toEqual([]);
  });

  it("lets a resolved conversation only be reopened, and clears its resolution time", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "email");
    await setStatus(undefined, conversation.id, { status: "resolved" });
    expect(await setStatus(undefined, conversation.id, { status: "pending" })).toMatchObject({ ok: false, error: { code: "conflict", message: /it can only be set to open/ } });
    expect(await setStatus(undefined, conversation.id, { status: "open" })).toMatchObject({ ok: true, data: { status: "open", resolvedAt: null } });
    expect(await itemData(conversation.id)).toEqual([
      { from: "open", to: "resolved" },
      { from: "resolved", to: "open" },
    ]);
  });

  it("changes nothing when the status is already the one asked for", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "email");
    await floor.server.settled(floor.tom.socket);
    const changed = collectPushes(floor.tom.socket, "conversation:changed");
    expect(await setStatus(undefined, conversation.id, { status: "open" })).toMatchObject({ ok: true, data: { status: "open", version: 1, lastSeq: 0 } });
    await floor.server.settled(floor.tom.socket);
    expect(changed).toEqual([]);
  });

  it("refuses a stale base version with conflict", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "email");
    await setStatus(floor.tom.socket, conversation.id, { status: "pending", baseVersion: 1 });
    expect(await setStatus(undefined, conversation.id, { status: "resolved", baseVersion: 1 })).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await itemData(conversation.id)).toEqual([{ from: "open", to: "pending" }]);
  });

  it("orders concurrent changes: each recorded change starts where the one before ended", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "email");
    const statuses = ["pending", "snoozed", "open", "resolved", "open", "pending"] as const;
    await Promise.all(
      statuses.map((status, i) =>
        setStatus(i % 2 ? floor.tom.socket : floor.ana.socket, conversation.id, status === "snoozed" ? { status, snoozedUntil: inFuture(HOUR) } : { status }),
      ),
    );
    const items = (await itemData(conversation.id)) as { from: string; to: string }[];
    expect(items[0]?.from).toBe("open");
    items.slice(1).forEach((item, i) => expect(item.from).toBe(items[i]?.to));
    const final = await request(floor.ana.socket, "conversation:get", { conversationId: conversation.id });
    expect(final).toMatchObject({ ok: true, data: { status: items.at(-1)?.to, version: items.length + 1, lastSeq: items.length } });
  });

  it("answers a repeated clientId with the first result and one item", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "email");
    const payload = { clientId: uuidv7(), conversationId: conversation.id, status: "pending" };
    const first = await request(floor.ana.socket, "conversation:setStatus", payload);
    expect(first.ok).toBe(true);
    expect(await request(floor.ana.socket, "conversation:setStatus", payload)).toEqual(first);
    expect(await itemData(conversation.id)).toHaveLength(1);
  });

  it("refuses another brand's admin as if the conversation did not exist", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "email");
    expect(await setStatus(floor.outsider.socket, conversation.id, { status: "resolved" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await itemData(conversation.id)).toEqual([]);
  });
});
