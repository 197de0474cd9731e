import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrandFloor, type BrandFloor } from "../testing/brandFloor.ts";
import { aBrand, aConversation } from "../testing/fixtures.ts";
import { collectPushes, request } from "../testing/testServer.ts";
import { receiveCustomerMessage, type CustomerMessage } from "./receiveCustomerMessage.ts";

describe("receiveCustomerMessage", () => {
  let floor: BrandFloor;
  beforeAll(async () => {
    floor = await startBrandFloor();
  });
  afterAll(() => floor.server.close());

  const receive = (message: Partial<CustomerMessage> & { conversationId: string }) =>
    receiveCustomerMessage(floor.server.database.db, floor.server.app.io, { body: "Hello?", clientId: uuidv7(), at: floor.server.clock.now(), ...message });
  const itemCount = async (conversationId: string) =>
    (await floor.server.database.db.query<{ n: number }>("SELECT count(*)::int AS n FROM timeline_items WHERE conversation_id = $1", [conversationId])).rows[0]?.n;

  it("stores the message masked, as the contact's, and pushes it to watchers and the snapshot to the brand", async () => {
    const { tom, outsider } = floor;
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    await request(tom.socket, "conversation:watch", { conversationId: conversation.id });
    await floor.server.settled(tom.socket, outsider.socket);
    const appended = collectPushes(tom.socket, "timeline:appended");
    const [changed, changedToOutsider] = [tom.socket, outsider.socket].map((socket) => collectPushes(socket, "conversation:changed"));
    const item = await receive({ conversationId: conversation.id, body: "my card is 4111 1111 1111 1111" });
    expect(item).toMatchObject({ seq: 1, kind: "message", direction: "inbound", authorType: "contact", authorUserId: null, body: "my card is •••• 1111" });
    expect(item.authorContactId).toMatch(/^[0-9a-f-]{36}$/);
    await floor.server.settled(tom.socket, outsider.socket);
    expect(appended).toEqual([item]);
    expect(changed).toEqual([expect.objectContaining({ id: conversation.id, lastSeq: 1, version: 2, waitingSince: item.createdAt, lastPreview: "my card is •••• 1111" })]);
    expect(changedToOutsider).toEqual([]);
  });

  it("keeps the wait's start at the first unanswered message", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    const first = await receive({ conversationId: conversation.id });
    floor.server.clock.advance(90_000);
    await receive({ conversationId: conversation.id, at: floor.server.clock.now() });
    expect(await request(floor.ana.socket, "conversation:get", { conversationId: conversation.id })).toMatchObject({ ok: true, data: { waitingSince: first.createdAt, lastSeq: 2 } });
  });

  it("notifies the assignee that their customer replied", async () => {
    const { ana, tom } = floor;
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    await request(ana.socket, "conversation:assign", { clientId: uuidv7(), conversationId: conversation.id, assigneeId: ana.id });
    await floor.server.settled(ana.socket, tom.socket);
    const [notified, notifiedTom] = [ana.socket, tom.socket].map((socket) => collectPushes(socket, "agent:notified"));
    const item = await receive({ conversationId: conversation.id, body: "It works now,\n\nthanks!" });
    await floor.server.settled(ana.socket, tom.socket);
    expect(notified).toEqual([{
      kind: "customerReplied",
      conversationId: conversation.id,
      brandId: floor.brandId,
      byUserId: null,
      title: "Casey Customer replied",
      preview: "It works now, thanks!",
      at: item.createdAt,
    }]);
    expect(notifiedTom).toEqual([]);
  });

  it("stores a redelivered message once and announces it once", async () => {
    const conversation = await aConversation(floor.server.database.db, floor.brandId);
    await request(floor.tom.socket, "conversation:watch", { conversationId: conversation.id });
    const clientId = uuidv7();
    const appended = collectPushes(floor.tom.socket, "timeline:appended");
    const first = await receive({ conversationId: conversation.id, clientId });
    expect(await receive({ conversationId: conversation.id, clientId, body: "again" })).toEqual(first);
    expect(await itemCount(conversation.id)).toBe(1);
    await floor.server.settled(floor.tom.socket);
    expect(appended).toEqual([first]);
  });

  it("refuses a clientId used in another conversation, and an unknown conversation", async () => {
    const first = await aConversation(floor.server.database.db, floor.brandId);
    const other = await aConversation(floor.server.database.db, (await aBrand(floor.server.database.db, "Harbor")).id);
    const clientId = uuidv7();
    await receive({ conversationId: first.id, clientId });
    await expect(receive({ conversationId: other.id, clientId })).rejects.toMatchObject({ code: "conflict" });
    await expect(receive({ conversationId: uuidv7() })).rejects.toMatchObject({ code: "not_found" });
    expect(await itemCount(other.id)).toBe(0);
  });
});
