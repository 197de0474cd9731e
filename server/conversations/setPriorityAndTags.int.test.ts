import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConversation } from "../testing/fixtures.ts";
import { startBrandFloor, type BrandFloor } from "../testing/brandFloor.ts";
import { nextPush, request } from "../testing/testServer.ts";

describe("conversation:setPriority and conversation:setTags", () => {
  let floor: BrandFloor;
  beforeAll(async () => {
    floor = await startBrandFloor();
  });
  afterAll(() => floor.server.close());

  const systemItems = async (conversationId: string) =>
    (await floor.server.database.db.query<{ data: unknown }>("SELECT data FROM timeline_items WHERE conversation_id = $1 AND kind = 'system' ORDER BY seq", [conversationId])).rows.map(
      (r) => r.data,
    );

  it("sets the priority: ack, the brand hears it, watchers get a system item", async () => {
    const { ana, tom } = floor;
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    await request(tom.socket, "conversation:watch", { conversationId: conversation.id });
    const changed = nextPush(tom.socket, "conversation:changed");
    const appended = nextPush(tom.socket, "timeline:appended");
    const ack = await request(ana.socket, "conversation:setPriority", { clientId: uuidv7(), conversationId: conversation.id, priority: "urgent", baseVersion: 1 });
    expect(ack).toMatchObject({ ok: true, data: { priority: "urgent", version: 2 } });
    if (!ack.ok) return;
    expect(await changed).toEqual(ack.data);
    expect(await appended).toMatchObject({ kind: "system", authorUserId: ana.id, data: { change: "priority", from: "normal", to: "urgent" } });
  });

  it("stores tags as a sorted set and records what was added and removed", async () => {
    const { ana, tom } = floor;
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    const changed = nextPush(tom.socket, "conversation:changed");
    const first = await request(ana.socket, "conversation:setTags", { clientId: uuidv7(), conversationId: conversation.id, tags: ["VIP", "billing", " vip "] });
    expect(first).toMatchObject({ ok: true, data: { tags: ["billing", "vip"], version: 2 } });
    expect(await changed).toMatchObject({ tags: ["billing", "vip"] });
    const second = await request(ana.socket, "conversation:setTags", { clientId: uuidv7(), conversationId: conversation.id, tags: ["vip", "outage"], baseVersion: 2 });
    expect(second).toMatchObject({ ok: true, data: { tags: ["outage", "vip"], version: 3 } });
    const same = await request(ana.socket, "conversation:setTags", { clientId: uuidv7(), conversationId: conversation.id, tags: ["outage", "VIP"] });
    expect(same).toMatchObject({ ok: true, data: { version: 3 } });
    const cleared = await request(ana.socket, "conversation:setTags", { clientId: uuidv7(), conversationId: conversation.id, tags: [] });
    expect(cleared).toMatchObject({ ok: true, data: { tags: [], version: 4 } });
    expect(await systemItems(conversation.id)).toEqual([
      { change: "tags", added: ["billing", "vip"], removed: [] },
      { change: "tags", added: ["outage"], removed: ["billing"] },
      { change: "tags", added: [], removed: ["outage", "vip"] },
    ]);
  });

  it("refuses a tag that is not a word", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    const ack = await request(floor.ana.socket, "conversation:setTags", { clientId: uuidv7(), conversationId: conversation.id, tags: ["<script>"] });
    expect(ack).toMatchObject({ ok: false, error: { code: "invalid_input", issues: [{ path: "tags.0" }] } });
  });

  it("refuses stale base versions with conflict", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    await request(floor.tom.socket, "conversation:setPriority", { clientId: uuidv7(), conversationId: conversation.id, priority: "high" });
    expect(await request(floor.ana.socket, "conversation:setPriority", { clientId: uuidv7(), conversationId: conversation.id, priority: "low", baseVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect(await request(floor.ana.socket, "conversation:setTags", { clientId: uuidv7(), conversationId: conversation.id, tags: ["x"], baseVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect(await systemItems(conversation.id)).toEqual([{ change: "priority", from: "normal", to: "high" }]);
  });

  it("answers a repeated clientId with the first result and one item", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    const payload = { clientId: uuidv7(), conversationId: conversation.id, priority: "high" };
    const first = await request(floor.ana.socket, "conversation:setPriority", payload);
    expect(await request(floor.ana.socket, "conversation:setPriority", payload)).toEqual(first);
    expect(await systemItems(conversation.id)).toHaveLength(1);
  });

  it("refuses another brand's admin", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    const { outsider } = floor;
    expect(await request(outsider.socket, "conversation:setPriority", { clientId: uuidv7(), conversationId: conversation.id, priority: "low" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await request(outsider.socket, "conversation:setTags", { clientId: uuidv7(), conversationId: conversation.id, tags: [] })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await systemItems(conversation.id)).toEqual([]);
  });
});
