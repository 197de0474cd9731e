import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConversation } from "../testing/fixtures.ts";
import { startBrandFloor, type BrandFloor } from "../testing/brandFloor.ts";
import { collectPushes, request, type TestSocket } from "../testing/testServer.ts";

describe("conversation:markRead", () => {
  let floor: BrandFloor;
  let conversationId: string;
  let anaSecondTab: TestSocket;

  beforeAll(async () => {
    floor = await startBrandFloor();
    anaSecondTab = await floor.secondTab(floor.ana);
    conversationId = (await aConversation(floor.server.database.db, floor.brandId)).id;
    for (let i = 1; i <= 5; i++) await request(floor.tom.socket, "timeline:append", { clientId: uuidv7(), conversationId, kind: "message", body: `m${i}` });
  });
  afterAll(() => floor.server.close());

  const markRead = (seq: number, socket = floor.ana.socket) => request(socket, "conversation:markRead", { clientId: uuidv7(), conversationId, seq });
  const storedMarker = async (userId: string) =>
    (await floor.server.database.db.query<{ last_read_seq: number }>("SELECT last_read_seq FROM conversation_reads WHERE user_id = $1 AND conversation_id = $2", [userId, conversationId]))
      .rows[0]?.last_read_seq;

  it("moves the caller's marker and tells the caller's other tabs, nobody else", async () => {
    const [toOtherTab, toCaller, toTom] = [anaSecondTab, floor.ana.socket, floor.tom.socket].map((socket) => collectPushes(socket, "conversation:read"));
    expect(await markRead(3)).toEqual({ ok: true, data: { conversationId, lastReadSeq: 3 } });
    await floor.server.settled(anaSecondTab, floor.ana.socket, floor.tom.socket);
    expect(toOtherTab).toEqual([{ conversationId, lastReadSeq: 3 }]);
    expect(toCaller).toEqual([]);
    expect(toTom).toEqual([]);
    expect(Number(await storedMarker(floor.ana.id))).toBe(3);
  });

  it("never moves back: an older seq from a slower tab answers with the marker as it stands", async () => {
    await markRead(4);
    expect(await markRead(2, anaSecondTab)).toEqual({ ok: true, data: { conversationId, lastReadSeq: 4 } });
    expect(Number(await storedMarker(floor.ana.id))).toBe(4);
  });

  it("hands the marker to a console that opens the conversation, per agent", async () => {
    await markRead(4);
    expect(await request(anaSecondTab, "conversation:watch", { conversationId })).toEqual({ ok: true, data: { lastSeq: 5, lastReadSeq: 4 } });
    expect(await request(floor.tom.socket, "conversation:watch", { conversationId })).toMatchObject({ ok: true, data: { lastReadSeq: 0 } });
  });

  it("stops at the newest item", async () => {
    expect(await markRead(99)).toEqual({ ok: true, data: { conversationId, lastReadSeq: 5 } });
  });

  it("keeps each agent's marker apart", async () => {
    expect(await markRead(1, floor.tom.socket)).toEqual({ ok: true, data: { conversationId, lastReadSeq: 1 } });
    expect(Number(await storedMarker(floor.ana.id))).toBe(5);
  });

  it("refuses another brand's admin and stores nothing for them", async () => {
    expect(await markRead(5, floor.outsider.socket)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await storedMarker(floor.outsider.id)).toBeUndefined();
  });
});
