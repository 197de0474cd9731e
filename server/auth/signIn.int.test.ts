import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAILURES_PER_ACCOUNT } from "./signInLimiter.ts";
import { aBrand, aUser } from "../testing/fixtures.ts";
import { nextPush, request, startTestServer, type TestServer } from "../testing/testServer.ts";

describe("sign-in, sessions and sign-out", () => {
  let server: TestServer;
  let brandId: string;

  beforeAll(async () => {
    server = await startTestServer({ SESSION_IDLE_MINUTES: 30, SESSION_MAX_HOURS: 8 });
    brandId = (await aBrand(server.database.db, "Lumen")).id;
  });
  afterAll(() => server.close());

  const anAgent = (name = "Agent") => aUser(server.database.db, [{ brandId, role: "agent" }], name);
  const auditActions = async (userId: string) =>
    (await server.database.db.query<{ action: string }>("SELECT action FROM audit_log WHERE actor_user_id = $1 ORDER BY id", [userId])).rows.map((r) => r.action);

  it("signs in with the right password: an HttpOnly, SameSite=Lax session cookie, audited", async () => {
    const agent = await anAgent();
    const response = await server.signIn(agent.email);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, data: { userId: agent.id } });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^sb_session=[\w-]{40,};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await auditActions(agent.id)).toEqual(["auth.signIn"]);
  });

  it("marks the cookie Secure when served over HTTPS behind a trusted proxy", async () => {
    const proxied = await startTestServer({ TRUST_PROXY: true });
    try {
      const b = await aBrand(proxied.database.db);
      const agent = await aUser(proxied.database.db, [{ brandId: b.id, role: "agent" }]);
      const response = await proxied.signIn(agent.email, undefined, { "x-forwarded-proto": "https" });
      expect(response.headers.get("set-cookie")).toContain("Secure");
    } finally {
      await proxied.close();
    }
  });

  it("gives the same message for a wrong password and an unknown email, and audits both", async () => {
    const agent = await anAgent();
    const wrong = await server.signIn(agent.email, "nope", { "x-test": "1" });
    const unknown = await server.signIn("nobody@test.example", "nope");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [await wrong.json(), await unknown.json()];
    expect(a).toEqual({ ok: false, error: { code: "unauthenticated", message: "Wrong email or password." } });
    expect(b).toEqual(a);
    expect(await auditActions(agent.id)).toEqual(["auth.signInFailed"]);
  });

  it("rate-limits wrong passwords per account with a clear message, even for the right password then", async () => {
    const agent = await anAgent();
    for (let i = 0; i < FAILURES_PER_ACCOUNT; i++) expect((await server.signIn(agent.email, `guess-${i}`)).status).toBe(401);
    const blocked = await server.signIn(agent.email);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await blocked.json()).toEqual({ ok: false, error: { code: "rate_limited", message: "Too many failed sign-ins. Try again in 15 minutes." } });
    const other = await anAgent();
    expect((await server.signIn(other.email)).status).toBe(200);
  });

  it("refuses bad input and a foreign origin", async () => {
    const bad = await fetch(`${server.app.url}/api/session`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{not json" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid_input");
    const agent = await anAgent();
    const foreign = await server.signIn(agent.email, undefined, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
  });

  it("refuses a disabled user even with the right password", async () => {
    const agent = await anAgent();
    await server.database.db.query("UPDATE users SET disabled_at = now() WHERE id = $1", [agent.id]);
    const response = await server.signIn(agent.email);
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toMatch(/disabled/);
  });

  it("signs out: the session ends, its sockets get session:ended and close, the cookie no longer connects", async () => {
    const agent = await anAgent();
    const cookie = await server.cookieFor(agent.email);
    const socket = await server.connect(cookie);
    const ended = nextPush(socket, "session:ended");
    const disconnected = new Promise((resolve) => socket.once("disconnect", resolve));
    const response = await fetch(`${server.app.url}/api/session`, { method: "DELETE", headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toContain("Max-Age=0");
    expect(await ended).toEqual({ reason: "signed_out" });
    await disconnected;
    await expect(server.connect(cookie)).rejects.toThrow("unauthenticated");
    expect(await auditActions(agent.id)).toEqual(["auth.signIn", "auth.signOut"]);
  });

  it("ends a session after the idle timeout", async () => {
    const agent = await anAgent();
    const cookie = await server.cookieFor(agent.email);
    server.clock.advance(29 * 60_000);
    (await server.connect(cookie)).disconnect();
    server.clock.advance(29 * 60_000);
    (await server.connect(cookie)).disconnect();
    server.clock.advance(31 * 60_000);
    await expect(server.connect(cookie)).rejects.toThrow("unauthenticated");
  });

  it("ends a session at its absolute lifetime even while in use, closing its open sockets", async () => {
    const agent = await anAgent();
    const cookie = await server.cookieFor(agent.email);
    let socket = await server.connect(cookie);
    // an open console is in use: each sweep (every minute in production) keeps the idle clock at bay
    for (let step = 0; step < 23; step++) {
      server.clock.advance(20 * 60_000);
      await server.app.sweepSessions();
    }
    expect(socket.connected).toBe(true);
    expect((await request(socket, "session:whoami", {})).ok).toBe(true);
    const ended = nextPush(socket, "session:ended");
    server.clock.advance(21 * 60_000);
    await server.app.sweepSessions();
    expect(await ended).toEqual({ reason: "expired" });
    await expect(server.connect(cookie)).rejects.toThrow("unauthenticated");
    socket = await server.connect(await server.cookieFor(agent.email));
    expect(socket.connected).toBe(true);
  });

  it("refuses the handshake without a session and from a foreign origin", async () => {
    await expect(server.connect(null)).rejects.toThrow("unauthenticated");
    await expect(server.connect("sb_session=forged-token")).rejects.toThrow("unauthenticated");
    const cookie = await server.cookieFor((await anAgent()).email);
    await expect(server.connect(cookie, { origin: "https://evil.example" })).rejects.toThrow();
    const own = await server.connect(cookie, { origin: server.app.url.replace("127.0.0.1", "127.0.0.1") });
    expect(own.connected).toBe(true);
  });
});
