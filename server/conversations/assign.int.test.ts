import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aUser, aConversation } from "../testing/fixtures.ts";
import { startBrandFloor, type BrandFloor } from "../testing/brandFloor.ts";
import { collectPushes, nextPush, request } from "../testing/testServer.ts";

describe("conversation:assign", () => {
  let floor: BrandFloor;
  beforeAll(async () => {
    floor = await startBrandFloor();
  });
  afterAll(() => floor.server.close());

  const itemsOf = async (conversationId: string) =>
    (
      await floor.server.database.db.query<{ kind: string; data: unknown; author_user_id: string }>(
        "SELECT kind, data, author_user_id FROM timeline_items WHERE conversation_id = $1 ORDER BY seq",
        [conversationId],
      )
    ).rows;

  /** A conversation both agents have open, with nothing of an earlier test still on its way to them. */
  const watched = async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "email");
    for (const m of [floor.ana, floor.tom]) await request(m.socket, "conversation:watch", { conversationId: conversation.id });
    await floor.server.settled(floor.ana.socket, floor.tom.socket, floor.outsider.socket);
    return conversation;
  };

  it("assigns to a teammate: ack, the brand hears the change, watchers get the item, the teammate is notified", async () => {
    const { ana, tom } = floor;
    const conversation = await watched();
    const changed = nextPush(tom.socket, "conversation:changed");
    const appendedToTom = nextPush(tom.socket, "timeline:appended");
    const appendedToAna = nextPush(ana.socket, "timeline:appended");
    const notified = nextPush(tom.socket, "agent:notified");
    const ack = await request(ana.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: tom.id, baseVersion: 1 });

    expect(ack).toMatchObject({ ok: true, data: { id: conversation.id, assigneeId: tom.id, assigneeName: "Tom", version: 2, lastSeq: 1 } });
    if (!ack.ok) return;
    expect(await changed).toEqual(ack.data);
    const item = { seq: 1, kind: "assignment", authorType: "user", authorUserId: ana.id, data: { from: null, to: tom.id } };
    expect(await appendedToTom).toMatchObject(item);
    // the caller's ack is the snapshot, not the item, so the caller's open timeline is pushed the item too
    expect(await appendedToAna).toMatchObject(item);
    expect(await notified).toEqual({
      kind: "assigned",
      conversationId: conversation.id,
      brandId: floor.brandId,
      byUserId: ana.id,
      title: "Ana assigned you the conversation with Casey Customer",
      preview: "",
      at: floor.server.clock.now().toISOString(),
    });
    expect(await itemsOf(conversation.id)).toEqual([{ kind: "assignment", data: { from: null, to: tom.id }, author_user_id: ana.id }]);
  });

  it("does not push the snapshot back to the caller's own socket, and notifies nobody when agents take a conversation themselves", async () => {
    const { ana, tom } = floor;
    const conversation = await watched();
    const changedToTom = collectPushes(tom.socket, "conversation:changed");
    const changedToAna = collectPushes(ana.socket, "conversation:changed");
    const notified = [collectPushes(ana.socket, "agent:notified"), collectPushes(tom.socket, "agent:notified")];
    const ack = await request(ana.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: ana.id });
    expect(ack).toMatchObject({ ok: true, data: { assigneeId: ana.id, assigneeName: "Ana" } });
    await floor.server.settled(ana.socket, tom.socket);
    expect(changedToTom).toEqual([ack.ok && ack.data]);
    expect(changedToAna).toEqual([]);
    expect(notified).toEqual([[], []]);
  });

  it("unassigns, recording who had it", async () => {
    const { ana, tom } = floor;
    const conversation = await watched();
    await request(ana.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: tom.id });
    const ack = await request(tom.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: null });
    expect(ack).toMatchObject({ ok: true, data: { assigneeId: null, assigneeName: null, version: 3 } });
    expect((await itemsOf(conversation.id)).map((i) => i.data)).toEqual([
      { from: null, to: tom.id },
      { from: tom.id, to: null },
    ]);
  });

  it("changes nothing, and announces nothing, when the assignee is already the one asked for", async () => {
    const { ana, tom } = floor;
    const conversation = await watched();
    const notified = collectPushes(tom.socket, "agent:notified");
    const first = await request(ana.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: tom.id });
    const again = await request(ana.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: tom.id });
    expect(again).toEqual(first);
    expect(await itemsOf(conversation.id)).toHaveLength(1);
    await floor.server.settled(tom.socket);
    expect(notified).toEqual([expect.objectContaining({ kind: "assigned", conversationId: conversation.id })]);
  });

  it("refuses an assignee who cannot work in the brand, the same way whoever they are", async () => {
    const { ana, trainer, outsider } = floor;
    const conversation = await watched();
    const disabled = await aUser(floor.server.database.db, [{ brandId: floor.brandId, role: "agent" }], "Gone");
    await floor.server.database.db.query("UPDATE users SET disabled_at = now() WHERE id = $1", [disabled.id]);
    for (const assigneeId of [trainer.id, outsider.id, disabled.id, uuidv7()]) {
      const ack = await request(ana.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId });
      expect(ack).toEqual({ ok: false, error: { code: "invalid_input", message: "That teammate cannot work on this brand's conversations." } });
    }
    expect(await itemsOf(conversation.id)).toEqual([]);
  });

  it("refuses a change made on a stale screen with conflict, and keeps the newer change", async () => {
    const { ana, tom } = floor;
    const conversation = await watched();
    await request(tom.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: tom.id, baseVersion: 1 });
    const ack = await request(ana.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: ana.id, baseVersion: 1 });
    expect(ack).toMatchObject({ ok: false, error: { code: "conflict" } });
    if (!ack.ok) expect(ack.error.message).toMatch(/changed this conversation after you loaded it/);
    expect(await request(ana.socket, "conversation:get", { conversationId: conversation.id })).toMatchObject({ ok: true, data: { assigneeId: tom.id, version: 2 } });
  });

  it("answers a repeated clientId with the first result: one item, one announcement", async () => {
    const { ana, tom } = floor;
    const conversation = await watched();
    const payload = { clientId: uuidv7(), conversationId: conversation.id, assigneeId: tom.id };
    const notified = collectPushes(tom.socket, "agent:notified");
    const first = await request(ana.socket, "conversation:assign", payload);
    expect(await request(ana.socket, "conversation:assign", payload)).toEqual(first);
    expect(await itemsOf(conversation.id)).toHaveLength(1);
    await floor.server.settled(tom.socket);
    expect(notified).toEqual([expect.objectContaining({ kind: "assigned", conversationId: conversation.id })]);
  });

  it("refuses another brand's admin and a trainer, and tells them nothing", async () => {
    const { ana, tom, trainer, outsider } = floor;
    const conversation = await watched();
    const changedToOutsider = collectPushes(outsider.socket, "conversation:changed");
    const changedToTom = collectPushes(tom.socket, "conversation:changed");
    expect(await request(outsider.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: outsider.id })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await request(trainer.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: tom.id })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    await request(ana.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: tom.id });
    await floor.server.settled(outsider.socket, tom.socket);
    expect(changedToTom).toEqual([expect.objectContaining({ id: conversation.id, assigneeId: tom.id })]);
    expect(changedToOutsider).toEqual([]);
    expect(await itemsOf(conversation.id)).toHaveLength(1);
  });
});
