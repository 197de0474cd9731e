import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBrand, aUser } from "../testing/fixtures.ts";
import { request, startTestServer, type TestServer, type TestSocket } from "../testing/testServer.ts";

describe("the event contract on the wire", () => {
  let server: TestServer;
  let socket: TestSocket;

  beforeAll(async () => {
    server = await startTestServer();
    const brand = await aBrand(server.database.db, "Lumen");
    const agent = await aUser(server.database.db, [{ brandId: brand.id, role: "agent" }], "Ana");
    socket = await server.connect(await server.cookieFor(agent.email));
  });
  afterAll(() => server.close());

  it("answers whoami with the user and their brands", async () => {
    const ack = await request(socket, "session:whoami", {});
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.data.user.name).toBe("Ana");
    expect(ack.data.brands.map((b) => [b.name, b.role])).toEqual([["Lumen", "agent"]]);
  });

  it("refuses a payload that fails its schema, naming the field, and keeps the connection", async () => {
    const ack = await request(socket, "timeline:append", { clientId: "not-a-uuid", conversationId: "x", kind: "message", body: "" });
    expect(ack).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    if (ack.ok) return;
    expect(ack.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(["clientId", "conversationId", "body"]));
    expect((await request(socket, "session:whoami", {})).ok).toBe(true);
  });

  it("refuses a non-object payload", async () => {
    expect(await request(socket, "timeline:list", "drop table")).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(await request(socket, "timeline:list", null)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });

  it("answers an unknown event with unknown_event", async () => {
    const ack = await request(socket, "conversation:explode" as "session:whoami", {});
    expect(ack).toMatchObject({ ok: false, error: { code: "unknown_event" } });
    expect(socket.connected).toBe(true);
  });

  it("refuses an oversize payload with payload_too_large and keeps the connection", async () => {
    const ack = await request(socket, "timeline:append", {
      clientId: "01936f2e-7c1a-7000-8000-000000000001",
      conversationId: "01936f2e-7c1a-7000-8000-000000000002",
      kind: "note",
      body: "x".repeat(200_000),
    });
    expect(ack).toMatchObject({ ok: false, error: { code: "payload_too_large" } });
    expect((await request(socket, "session:whoami", {})).ok).toBe(true);
  });

  it("refuses an action whose clientId is not a UUIDv7", async () => {
    const ack = await request(socket, "timeline:append", {
      clientId: "3b241101-e2bb-4255-8caf-4136c566a962",
      conversationId: "01936f2e-7c1a-7000-8000-000000000002",
      kind: "note",
      body: "hello",
    });
    expect(ack).toMatchObject({ ok: false, error: { code: "invalid_input", issues: [{ path: "clientId" }] } });
  });
});
