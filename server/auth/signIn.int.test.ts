import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { DEFAULT_CONFIG } from "../app/config.ts";
import { aBrand, aUser } from "../testing/fixtures.ts";
import { nextPush, request, startTestServer, type TestServer } from "../testing/testServer.ts";

const FAILURES_IN_A_ROW = DEFAULT_CONFIG.SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS;

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

  it("rate-limits wrong passwords per account and address with a clear message, even for the right password then", async () => {
    const agent = await anAgent();
    for (let i = 0; i < FAILURES_IN_A_ROW; i++) expect((await server.signIn(agent.email, `guess-${i}`)).status).toBe(401);
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

// Every address is its own here (X-Forwarded-For from a trusted proxy), so the tests do not share counters.
const stores = [
  { store: "memory", config: {} },
  ...(process.env.REDIS_URL ? [{ store: "Redis", config: { REDIS_URL: process.env.REDIS_URL, REDIS_PREFIX: `sbtest-${uuidv7().slice(-12)}` } }] : []),
];

describe.each(stores)("sign-in limits, counted in $store", ({ config }) => {
  const PER_ADDRESS_PER_DAY = 12;
  let server: TestServer;
  let brandId: string;
  let addresses = 0;

  beforeAll(async () => {
    server = await startTestServer({ ...config, TRUST_PROXY: true, SIGN_IN_FAILURES_PER_ADDRESS_PER_DAY: PER_ADDRESS_PER_DAY });
    brandId = (await aBrand(server.database.db, "Lumen")).id;
  });
  afterAll(() => server.close());

  const anAgent = () => aUser(server.database.db, [{ brandId, role: "agent" }]);
  const anAddress = () => `203.0.113.${++addresses}`;
  const signInFrom = (address: string, email: string, password?: string) => server.signIn(email, password, { "x-forwarded-for": address });
  const passwordsChecked = async (userId: string) =>
    (await server.database.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE actor_user_id = $1 AND action = 'auth.signInFailed'", [userId])).rows[0]?.n;

  it("checks no more than the limit of thirty wrong passwords sent at once, and keeps the address open to others", async () => {
    const [guessed, colleague] = [await anAgent(), await anAgent()];
    const floor = anAddress();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => signInFrom(floor, guessed.email, `guess-${i}`)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(FAILURES_IN_A_ROW);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - FAILURES_IN_A_ROW);
    expect(await passwordsChecked(guessed.id)).toBe(FAILURES_IN_A_ROW);

    expect((await signInFrom(floor, guessed.email)).status).toBe(429);
    expect((await signInFrom(floor, colleague.email)).status).toBe(200);
    // the account itself is not locked: its owner signs in from elsewhere
    expect((await signInFrom(anAddress(), guessed.email)).status).toBe(200);
  });

  it("blocks an address for the day once it has made the day's limit of wrong guesses, across accounts", async () => {
    const address = anAddress();
    let failures = 0;
    while (failures < PER_ADDRESS_PER_DAY) {
      const account = await anAgent();
      for (let i = 0; i < FAILURES_IN_A_ROW && failures < PER_ADDRESS_PER_DAY; i++, failures++) {
        expect((await signInFrom(address, account.email, `guess-${i}`)).status).toBe(401);
      }
    }
    const someoneElse = await anAgent();
    const refused = await signInFrom(address, someoneElse.email);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(23 * 3600);
    expect(await passwordsChecked(someoneElse.id)).toBe(0);
    expect((await signInFrom(anAddress(), someoneElse.email)).status).toBe(200);
  });

  it("does not count sign-ins that succeed against the address", async () => {
    const address = anAddress();
    const agent = await anAgent();
    for (let i = 0; i < PER_ADDRESS_PER_DAY + 2; i++) expect((await signInFrom(address, agent.email)).status).toBe(200);
    expect((await signInFrom(address, agent.email, "typo")).status).toBe(401);
  });

  it("starts the count of wrong passwords in a row again after a success", async () => {
    const address = anAddress();
    const agent = await anAgent();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < FAILURES_IN_A_ROW - 1; i++) expect((await signInFrom(address, agent.email, `typo-${i}`)).status).toBe(401);
      expect((await signInFrom(address, agent.email)).status).toBe(200);
    }
  });
});
