import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHAT_ENDED_NO_REPLY, noRepliesIn } from "../../shared/domain/conversations/reply.ts";
import { startBrandFloor, type BrandFloor } from "../testing/brandFloor.ts";
import { aBrand, aConversation, aUser } from "../testing/fixtures.ts";
import { receiveCustomerMessage } from "./receiveCustomerMessage.ts";
import { collectPushes, nextPush, request, startTestServer, type TestServer, type TestSocket } from "../testing/testServer.ts";

describe("timeline:append — commit, then acknowledge, exactly once", () => {
  let server: TestServer;
  let brandId: string;
  let ana: TestSocket;
  let tom: TestSocket;
  let outsider: TestSocket;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    brandId = (await aBrand(db, "Lumen")).id;
    const otherBrand = await aBrand(db, "Threadline");
    ana = await server.connect(await server.cookieFor((await aUser(db, [{ brandId, role: "agent" }], "Ana")).email));
    tom = await server.connect(await server.cookieFor((await aUser(db, [{ brandId, role: "agent" }], "Tom")).email));
    outsider = await server.connect(await server.cookieFor((await aUser(db, [{ brandId: otherBrand.id, role: "admin" }], "Olga")).email));
  });
  afterAll(() => server.close());

  const itemsOf = async (conversationId: string) =>
    (await server.database.db.query<{ seq: number; body: string; client_id: string }>("SELECT seq, body, client_id FROM timeline_items WHERE conversation_id = $1 ORDER BY seq", [conversationId])).rows;

  it("acknowledges with the committed item and its seq, and pushes it to a watching teammate", async () => {
    const conversation = await aConversation(server.database.db, brandId);
    expect(await request(tom, "conversation:watch", { conversationId: conversation.id })).toEqual({ ok: true, data: { lastSeq: 0, lastReadSeq: 0 } });
    const pushed = nextPush(tom, "timeline:appended");
    const clientId = uuidv7();
    const ack = await request(ana, "timeline:append", { clientId, conversationId: conversation.id, kind: "message", body: "Hello Casey" });
    expect(ack).toMatchObject({ ok: true, data: { seq: 1, clientId, kind: "message", direction: "outbound", body: "Hello Casey" } });
    // committed before the ack: another connection reads it at once
    expect(await itemsOf(conversation.id)).toEqual([{ seq: 1, body: "Hello Casey", client_id: clientId }]);
    expect(await pushed).toMatchObject({ seq: 1, clientId });
  });

  it("returns the first result for a repeated clientId and changes nothing", async () => {
    const conversation = await aConversation(server.database.db, brandId);
    await request(tom, "conversation:watch", { conversationId: conversation.id });
    const payload = { clientId: uuidv7(), conversationId: conversation.id, kind: "note" as const, body: "Customer is on a 900 Mb plan" };
    const pushed = collectPushes(tom, "timeline:appended");
    const first = await request(ana, "timeline:append", payload);
    const again = await request(ana, "timeline:append", payload);
    const third = await request(ana, "timeline:append", { ...payload, body: "a different body with the same id" });
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    expect(await itemsOf(conversation.id)).toHaveLength(1);
    // a repeat may announce the item again (the pipeline derives announcements from the first result), never another
    await server.settled(tom);
    expect(pushed.length).toBeGreaterThan(0);
    expect(pushed).toEqual(pushed.map(() => first.ok && first.data));
    const conv = await server.database.db.query<{ last_seq: number }>("SELECT last_seq FROM conversations WHERE id = $1", [conversation.id]);
    expect(conv.rows[0]?.last_seq).toBe(1);
  });

  it("refuses a clientId already used by someone else", async () => {
    const conversation = await aConversation(server.database.db, brandId);
    const payload = { clientId: uuidv7(), conversationId: conversation.id, kind: "note" as const, body: "mine" };
    expect((await request(ana, "timeline:append", payload)).ok).toBe(true);
    expect(await request(tom, "timeline:append", payload)).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("gives two concurrent writers distinct, gap-free seqs", async () => {
    const conversation = await aConversation(server.database.db, brandId);
    const send = (socket: TestSocket, n: number) =>
      Promise.all(Array.from({ length: n }, (_, i) => request(socket, "timeline:append", { clientId: uuidv7(), conversationId: conversation.id, kind: "message", body: `m${i}` })));
    const acks = (await Promise.all([send(ana, 40), send(tom, 40)])).flat();
    expect(acks.every((a) => a.ok)).toBe(true);
    const seqs = acks.map((a) => (a.ok ? a.data.seq : 0)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect((await itemsOf(conversation.id)).map((r) => r.seq)).toEqual(seqs);
  });

  it("masks card numbers before they are stored", async () => {
    const conversation = await aConversation(server.database.db, brandId);
    const ack = await request(ana, "timeline:append", { clientId: uuidv7(), conversationId: conversation.id, kind: "note", body: "paid with 4111 1111 1111 1111" });
    expect(ack).toMatchObject({ ok: true, data: { body: "paid with •••• 1111" } });
    expect((await itemsOf(conversation.id))[0]?.body).toBe("paid with •••• 1111");
  });

  it("catches a client up from its last seq, page by page", async () => {
    const conversation = await aConversation(server.database.db, brandId);
    for (let i = 1; i <= 5; i++) await request(ana, "timeline:append", { clientId: uuidv7(), conversationId: conversation.id, kind: "message", body: `m${i}` });
    const first = await request(tom, "timeline:list", { conversationId: conversation.id, afterSeq: 0, limit: 3 });
    expect(first).toMatchObject({ ok: true, data: { lastSeq: 3, hasMore: true } });
    const rest = await request(tom, "timeline:list", { conversationId: conversation.id, afterSeq: 3, limit: 3 });
    expect(rest.ok && rest.data.items.map((i) => i.body)).toEqual(["m4", "m5"]);
    expect(rest).toMatchObject({ ok: true, data: { lastSeq: 5, hasMore: false } });
  });

  it("refuses another brand's agent — even an admin there — as if the conversation did not exist", async () => {
    const conversation = await aConversation(server.database.db, brandId);
    for (const [event, payload] of [
      ["timeline:append", { clientId: uuidv7(), conversationId: conversation.id, kind: "message", body: "hi" }],
      ["timeline:list", { conversationId: conversation.id }],
      ["conversation:get", { conversationId: conversation.id }],
      ["conversation:watch", { conversationId: conversation.id }],
    ] as const) {
      expect(await request(outsider, event, payload)).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    expect(await itemsOf(conversation.id)).toEqual([]);
    await request(tom, "conversation:watch", { conversationId: conversation.id });
    const [toTom, toOutsider] = [tom, outsider].map((socket) => collectPushes(socket, "timeline:appended"));
    await request(ana, "timeline:append", { clientId: uuidv7(), conversationId: conversation.id, kind: "message", body: "private" });
    await server.settled(tom, outsider);
    expect(toTom).toEqual([expect.objectContaining({ conversationId: conversation.id, body: "private" })]);
    expect(toOutsider).toEqual([]);
  });
});

describe("timeline:append — what a reply or note does around it", () => {
  let floor: BrandFloor;
  beforeAll(async () => {
    floor = await startBrandFloor();
  });
  afterAll(() => floor.server.close());

  const append = (socket: TestSocket, conversationId: string, fields: object) =>
    request(socket, "timeline:append", { clientId: uuidv7(), conversationId, kind: "message", body: "Hello", ...fields });
  const customerWrites = (conversationId: string, body = "Is anyone there?") =>
    receiveCustomerMessage(floor.server.database.db, floor.server.app.io, { conversationId, body, clientId: uuidv7(), at: floor.server.clock.now() });

  it("ends the customer's wait, moves the version, and gives every console of the brand the new snapshot", async () => {
    const { ana, tom } = floor;
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    await customerWrites(conversation.id);
    const waiting = await request(ana.socket, "conversation:get", { conversationId: conversation.id });
    expect(waiting).toMatchObject({ ok: true, data: { waitingSince: floor.server.clock.now().toISOString(), version: 2 } });
    floor.server.clock.advance(60_000);
    const toTom = nextPush(tom.socket, "conversation:changed");
    // the caller's ack carries only the item, so the caller hears the snapshot too
    const toAna = nextPush(ana.socket, "conversation:changed");
    const ack = await append(ana.socket, conversation.id, { body: "Yes, Ana here" });
    expect(ack.ok).toBe(true);
    const snapshot = { waitingSince: null, version: 3, lastSeq: 2, lastPreview: "Yes, Ana here", firstRespondedAt: floor.server.clock.now().toISOString() };
    expect(await toTom).toMatchObject(snapshot);
    expect(await toAna).toMatchObject(snapshot);
  });

  it("leaves the customer waiting after a note", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    await customerWrites(conversation.id);
    const changed = nextPush(floor.tom.socket, "conversation:changed");
    await append(floor.ana.socket, conversation.id, { kind: "note", body: "checking the line" });
    expect(await changed).toMatchObject({ waitingSince: floor.server.clock.now().toISOString(), firstRespondedAt: null, lastPreview: "Is anyone there?" });
  });

  it("stores the teammates mentioned in a note and notifies each of them, not the author", async () => {
    const { ana, tom } = floor;
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    const [toTom, toAna] = [tom.socket, ana.socket].map((socket) => collectPushes(socket, "agent:notified"));
    const ack = await append(ana.socket, conversation.id, { kind: "note", body: "@Tom can you check   the router?", mentions: [tom.id, ana.id, tom.id] });
    expect(ack).toMatchObject({ ok: true, data: { kind: "note", data: { mentions: [tom.id, ana.id] } } });
    await floor.server.settled(tom.socket, ana.socket);
    expect(toTom).toEqual([{
      kind: "mentioned",
      conversationId: conversation.id,
      brandId: floor.brandId,
      byUserId: ana.id,
      title: "Ana mentioned you in the conversation with Casey Customer",
      preview: "@Tom can you check the router?",
      at: floor.server.clock.now().toISOString(),
    }]);
    expect(toAna).toEqual([]);
  });

  it("refuses a mention of anyone who may not read the brand's conversations, naming the entry", async () => {
    const { ana, tom, trainer, outsider } = floor;
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    const ack = await append(ana.socket, conversation.id, { kind: "note", body: "look", mentions: [tom.id, trainer.id, outsider.id, uuidv7()] });
    expect(ack).toMatchObject({ ok: false, error: { code: "invalid_input", issues: [{ path: "mentions.1" }, { path: "mentions.2" }, { path: "mentions.3" }] } });
    expect(JSON.stringify(ack)).not.toContain("Olga");
    expect(await append(ana.socket, conversation.id, { kind: "message", body: "hi", mentions: [tom.id] })).toMatchObject({
      ok: false,
      error: { code: "invalid_input", issues: [{ path: "mentions" }] },
    });
    expect(await request(ana.socket, "conversation:get", { conversationId: conversation.id })).toMatchObject({ ok: true, data: { lastSeq: 0 } });
  });

  it("refuses a reply when a teammate replied after the seq the agent saw, until the agent has seen it", async () => {
    const { ana, tom } = floor;
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    await customerWrites(conversation.id);
    expect(await append(ana.socket, conversation.id, { body: "mine", ifNoReplySince: 1 })).toMatchObject({ ok: true, data: { seq: 2 } });
    // the agent's own reply and a note are no collision
    await append(tom.socket, conversation.id, { kind: "note", body: "fyi" });
    expect(await append(ana.socket, conversation.id, { body: "mine again", ifNoReplySince: 1 })).toMatchObject({ ok: true, data: { seq: 4 } });
    await append(tom.socket, conversation.id, { body: "Tom here, sorted it" });
    const clientId = uuidv7();
    const refused = await append(ana.socket, conversation.id, { clientId, body: "late", ifNoReplySince: 4 });
    expect(refused).toEqual({ ok: false, error: { code: "conflict", message: "Tom replied a moment ago — read it before sending" } });
    expect(await append(ana.socket, conversation.id, { body: "late", ifNoReplySince: 5 })).toMatchObject({ ok: true, data: { seq: 6 } });
    // sending anyway: the refused action's clientId was not used up
    expect(await append(ana.socket, conversation.id, { clientId, body: "late" })).toMatchObject({ ok: true, data: { seq: 7, clientId } });
  });

  it("lets only one of two agents answering at once through the collision guard", async () => {
    const { ana, tom } = floor;
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    await customerWrites(conversation.id);
    const acks = await Promise.all([ana, tom].map((m) => append(m.socket, conversation.id, { body: `${m.name} answering`, ifNoReplySince: 1 })));
    expect(acks.filter((a) => a.ok)).toHaveLength(1);
    expect(acks.filter((a) => !a.ok)).toMatchObject([{ error: { code: "conflict" } }]);
  });

  it("refuses a reply in a chat the visitor has left, saying why, and still takes a note", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "chat");
    await floor.server.database.db.query("UPDATE conversations SET chat_ended_at = $2, chat_ended_by = 'visitor' WHERE id = $1", [conversation.id, floor.server.clock.now()]);
    expect(await append(floor.ana.socket, conversation.id, { body: "still there?" })).toEqual({ ok: false, error: { code: "conflict", message: CHAT_ENDED_NO_REPLY } });
    expect(await append(floor.ana.socket, conversation.id, { kind: "note", body: "visitor left before I answered" })).toMatchObject({ ok: true, data: { seq: 1 } });
  });

  it("refuses a written reply on a phone conversation as invalid, and takes a note", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId, "phone");
    expect(await append(floor.ana.socket, conversation.id, { body: "as discussed" })).toEqual({ ok: false, error: { code: "invalid_input", message: noRepliesIn("Phone") } });
    expect(await append(floor.ana.socket, conversation.id, { kind: "note", body: "called back, router replaced" })).toMatchObject({ ok: true, data: { seq: 1 } });
  });
});
