import { v7 as uuidv7 } from "uuid";
import { describe, expect, it } from "vitest";
import { aBrand, aConversation, aUser } from "../testing/fixtures.ts";
import { request, startTestServer } from "../testing/testServer.ts";

describe("graceful shutdown", () => {
  it("acknowledges what is in flight, refuses what comes after, and every ok is committed", async () => {
    const server = await startTestServer();
    const db = server.database.db;
    const brand = await aBrand(db);
    const agent = await aUser(db, [{ brandId: brand.id, role: "agent" }]);
    const conversation = await aConversation(db, brand.id);
    const socket = await server.connect(await server.cookieFor(agent.email));

    const sends = Array.from({ length: 60 }, (_, i) =>
      request(socket, "timeline:append", { clientId: uuidv7(), conversationId: conversation.id, kind: "note", body: `n${i}` }),
    );
    // close while the rest are still being handled
    await sends[0];
    await server.app.close();
    const acks = await Promise.allSettled(sends);

    const okSeqs = acks.flatMap((a) => (a.status === "fulfilled" && a.value.ok ? [a.value.data.seq] : []));
    const refused = acks.filter((a) => a.status === "fulfilled" && !a.value.ok);
    for (const a of refused) expect(a.status === "fulfilled" && !a.value.ok && a.value.error.code).toBe("unavailable");
    const stored = await db.query<{ seq: number }>("SELECT seq FROM timeline_items WHERE conversation_id = $1 ORDER BY seq", [conversation.id]);
    expect(okSeqs.length).toBeGreaterThan(0);
    expect(stored.rows.map((r) => r.seq)).toEqual(expect.arrayContaining(okSeqs));
    await server.database.drop();
  });
});
