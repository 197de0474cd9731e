import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConversation, aUser } from "../testing/fixtures.ts";
import { startBrandFloor, type BrandFloor } from "../testing/brandFloor.ts";
import { collectPushes, nextPush, request } from "../testing/testServer.ts";

describe("conversation:assignees and conversation:presence", () => {
  let floor: BrandFloor;
  let conversationId: string;

  beforeAll(async () => {
    floor = await startBrandFloor();
    const db = floor.server.database.db;
    conversationId = (await aConversation(db, floor.brandId)).id;
    const supervisor = await aUser(db, [{ brandId: floor.brandId, role: "supervisor" }], "Bea");
    const gone = await aUser(db, [{ brandId: floor.brandId, role: "agent" }], "Gone");
    await db.query("UPDATE users SET disabled_at = now() WHERE id = $1", [gone.id]);
    await db.query("UPDATE users SET status = 'available' WHERE id = $1", [floor.tom.id]);
    await db.query("UPDATE users SET status = 'away' WHERE id = $1", [supervisor.id]);
  });
  afterAll(() => floor.server.close());

  it("lists the teammates who may hold the conversation, with their status, by name", async () => {
    const ack = await request(floor.ana.socket, "conversation:assignees", { conversationId });
    expect(ack.ok && ack.data.map((c) => [c.name, c.status])).toEqual([
      ["Ana", "offline"],
      ["Bea", "away"],
      ["Tom", "available"],
    ]);
  });

  it("refuses the assignee list to another brand's admin and to a trainer", async () => {
    expect(await request(floor.outsider.socket, "conversation:assignees", { conversationId })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await request(floor.trainer.socket, "conversation:assignees", { conversationId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("pushes presence to the others watching the conversation, not back to the sender", async () => {
    const { ana, tom } = floor;
    for (const socket of [ana.socket, tom.socket]) await request(socket, "conversation:watch", { conversationId });
    await floor.server.settled(ana.socket, tom.socket);
    const toTom = collectPushes(tom.socket, "conversation:presence");
    const toAna = collectPushes(ana.socket, "conversation:presence");
    expect(await request(ana.socket, "conversation:presence", { conversationId, state: "typing" })).toEqual({ ok: true, data: {} });
    await floor.server.settled(ana.socket, tom.socket);
    expect(toTom).toEqual([{ conversationId, userId: ana.id, userName: "Ana", state: "typing", at: floor.server.clock.now().toISOString() }]);
    expect(toAna).toEqual([]);
  });

  it("refuses presence from someone who may not read the conversation, and pushes nothing", async () => {
    await request(floor.tom.socket, "conversation:watch", { conversationId });
    await floor.server.settled(floor.tom.socket);
    const toTom = collectPushes(floor.tom.socket, "conversation:presence");
    expect(await request(floor.outsider.socket, "conversation:presence", { conversationId, state: "viewing" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    await floor.server.settled(floor.tom.socket);
    expect(toTom).toEqual([]);
  });

  it("tells the others a teammate left when their console drops without saying so", async () => {
    const { tom, ana } = floor;
    const dropping = await floor.secondTab(ana);
    await request(dropping, "conversation:watch", { conversationId });
    await request(tom.socket, "conversation:watch", { conversationId });
    const left = nextPush(tom.socket, "conversation:presence");
    dropping.disconnect();
    expect(await left).toMatchObject({ conversationId, userId: ana.id, userName: "Ana", state: "left" });
  });
});
