import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBrandFloor, type BrandFloor } from "../testing/brandFloor.ts";
import { aConversation } from "../testing/fixtures.ts";
import { request } from "../testing/testServer.ts";
import { receiveCustomerMessage } from "./receiveCustomerMessage.ts";

describe("timeline:before — history upwards", () => {
  let floor: BrandFloor;
  let conversationId: string;
  beforeAll(async () => {
    floor = await startBrandFloor();
    conversationId = (await aConversation(floor.server.database.db, floor.brandId)).id;
    for (let i = 1; i <= 7; i++) {
      await receiveCustomerMessage(floor.server.database.db, floor.server.app.io, { conversationId, body: `m${i}`, clientId: uuidv7(), at: floor.server.clock.now() });
    }
  });
  afterAll(() => floor.server.close());

  const before = (beforeSeq: number, limit: number, socket = floor.tom.socket) => request(socket, "timeline:before", { conversationId, beforeSeq, limit });
  const bodies = (ack: Awaited<ReturnType<typeof before>>) => (ack.ok ? ack.data.items.map((i) => i.body) : ack.error);

  it("pages backwards, each page oldest first, until nothing older is left", async () => {
    const newest = await before(8, 3);
    expect(bodies(newest)).toEqual(["m5", "m6", "m7"]);
    expect(newest).toMatchObject({ ok: true, data: { lastSeq: 7, hasMore: true } });
    const middle = await before(5, 3);
    expect(bodies(middle)).toEqual(["m2", "m3", "m4"]);
    expect(middle).toMatchObject({ ok: true, data: { hasMore: true } });
    const oldest = await before(2, 3);
    expect(bodies(oldest)).toEqual(["m1"]);
    expect(oldest).toMatchObject({ ok: true, data: { lastSeq: 1, hasMore: false } });
    expect(await before(1, 3)).toEqual({ ok: true, data: { items: [], lastSeq: 0, hasMore: false } });
  });

  it("says there is no more when the page ends exactly at the first item", async () => {
    expect(await before(4, 3)).toMatchObject({ ok: true, data: { hasMore: false } });
  });

  it("refuses another brand's admin and a trainer", async () => {
    expect(await before(8, 3, floor.outsider.socket)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await before(8, 3, floor.trainer.socket)).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
