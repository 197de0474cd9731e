import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aBrand, aConversation, aUser } from "../testing/fixtures.ts";
import { collectPushes, nextPush, request, startTestServer, type TestServer, type TestSocket } from "../testing/testServer.ts";

describe("brand access changes take effect on open sockets at once", () => {
  let server: TestServer;
  let brandId: string;
  let adminId: string;
  let admin: TestSocket;

  beforeAll(async () => {
    server = await startTestServer();
    brandId = (await aBrand(server.database.db, "Lumen")).id;
    const adminUser = await aUser(server.database.db, [{ brandId, role: "admin" }], "Priya");
    adminId = adminUser.id;
    admin = await server.connect(await server.cookieFor(adminUser.email));
  });
  afterAll(() => server.close());

  const audit = async (targetId: string) =>
    (await server.database.db.query<{ action: string; data: unknown }>("SELECT action, data FROM audit_log WHERE target_id = $1 ORDER BY id", [targetId])).rows;

  it("removing a brand: the agent stops receiving its pushes, is refused its data, and is told to refetch", async () => {
    const agent = await aUser(server.database.db, [{ brandId, role: "agent" }], "Ana");
    const socket = await server.connect(await server.cookieFor(agent.email));
    const conversation = await aConversation(server.database.db, brandId);
    await request(socket, "conversation:watch", { conversationId: conversation.id });

    const otherAdmin = await aUser(server.database.db, [{ brandId, role: "admin" }], "Marcus");
    const otherAdminSocket = await server.connect(await server.cookieFor(otherAdmin.email));
    const changed = nextPush(socket, "session:changed");
    const adminsTold = nextPush(otherAdminSocket, "user:changed");
    const ack = await request(admin, "membership:set", { clientId: uuidv7(), userId: agent.id, brandId, role: null });
    expect(ack).toMatchObject({ ok: true, data: { id: agent.id, memberships: [] } });
    expect(await changed).toEqual({ reason: "access" });
    expect(await adminsTold).toMatchObject({ id: agent.id, memberships: [] });

    const whoami = await request(socket, "session:whoami", {});
    expect(whoami.ok && whoami.data.brands).toEqual([]);
    expect(await request(socket, "timeline:list", { conversationId: conversation.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
    await request(otherAdminSocket, "conversation:watch", { conversationId: conversation.id });
    const [toRemoved, toAdmin] = [socket, otherAdminSocket].map((receiver) => collectPushes(receiver, "timeline:appended"));
    await request(admin, "timeline:append", { clientId: uuidv7(), conversationId: conversation.id, kind: "message", body: "after removal" });
    await server.settled(socket, otherAdminSocket);
    expect(toAdmin).toEqual([expect.objectContaining({ body: "after removal" })]);
    expect(toRemoved).toEqual([]);
    expect((await audit(agent.id)).map((r) => r.action)).toEqual(["membership.removed"]);
  });

  it("granting a brand lets the agent in without reconnecting", async () => {
    const agent = await aUser(server.database.db, [], "Newcomer");
    const socket = await server.connect(await server.cookieFor(agent.email));
    const conversation = await aConversation(server.database.db, brandId);
    expect(await request(socket, "conversation:get", { conversationId: conversation.id })).toMatchObject({ ok: false });
    const changed = nextPush(socket, "session:changed");
    await request(admin, "membership:set", { clientId: uuidv7(), userId: agent.id, brandId, role: "agent" });
    await changed;
    expect(await request(socket, "conversation:get", { conversationId: conversation.id })).toMatchObject({ ok: true, data: { id: conversation.id } });
    expect(await audit(agent.id)).toEqual([{ action: "membership.granted", data: { from: null, to: "agent" } }]);
  });

  it("keeps at least one admin per brand", async () => {
    const soleAdminBrand = await aBrand(server.database.db, "Harbor");
    await server.database.db.query("INSERT INTO brand_memberships (user_id, brand_id, role, created_at) VALUES ($1, $2, 'admin', now())", [adminId, soleAdminBrand.id]);
    const ack = await request(admin, "membership:set", { clientId: uuidv7(), userId: adminId, brandId: soleAdminBrand.id, role: "agent" });
    expect(ack).toMatchObject({ ok: false, error: { code: "conflict" } });
    const roles = await server.database.db.query("SELECT role FROM brand_memberships WHERE user_id = $1 AND brand_id = $2", [adminId, soleAdminBrand.id]);
    expect(roles.rows).toEqual([{ role: "admin" }]);
  });

  it("disabling a user closes their sockets, ends their sessions and is audited", async () => {
    const agent = await aUser(server.database.db, [{ brandId, role: "agent" }], "Leaving");
    const cookie = await server.cookieFor(agent.email);
    const socket = await server.connect(cookie);
    const ended = nextPush(socket, "session:ended");
    const closed = new Promise((resolve) => socket.once("disconnect", resolve));
    const ack = await request(admin, "user:setDisabled", { clientId: uuidv7(), userId: agent.id, disabled: true });
    expect(ack).toMatchObject({ ok: true, data: { disabled: true } });
    expect(await ended).toEqual({ reason: "disabled" });
    await closed;
    await expect(server.connect(cookie)).rejects.toThrow("unauthenticated");
    expect((await server.signIn(agent.email)).status).toBe(401);
    expect((await audit(agent.id)).map((r) => r.action)).toEqual(["user.disabled"]);
  });

  it("shows an admin a user's memberships only in the brands they administer, in lists and pushes", async () => {
    const otherBrand = await aBrand(server.database.db, "Elsewhere");
    const shared = await aUser(server.database.db, [{ brandId, role: "agent" }, { brandId: otherBrand.id, role: "supervisor" }], "Shared");
    const ack = await request(admin, "user:list", {});
    expect(ack.ok && ack.data.find((u) => u.id === shared.id)?.memberships).toEqual([{ brandId, role: "agent" }]);
    expect(JSON.stringify(ack)).not.toContain(otherBrand.id);

    const otherAdmin = await aUser(server.database.db, [{ brandId, role: "admin" }], "Watcher");
    const watcher = await server.connect(await server.cookieFor(otherAdmin.email));
    const pushed = nextPush(watcher, "user:changed");
    const changed = await request(admin, "membership:set", { clientId: uuidv7(), userId: shared.id, brandId, role: "supervisor" });
    expect(changed).toMatchObject({ ok: true, data: { memberships: [{ brandId, role: "supervisor" }] } });
    expect(await pushed).toMatchObject({ id: shared.id, memberships: [{ brandId, role: "supervisor" }] });
  });
});
