/**
 * No HTTP request ends the server, whatever its method, path, headers or body, and none gets a 5xx it did not
 * mean. A plain GET /socket.io/ without a cookie once ended the process (two request listeners answered it), so
 * the server runs here as a child process: a crash shows as its exit, not as Vitest dying. Requests go over raw TCP
 * (what no client library would send) and fetch, in batches; after each batch the server must still answer.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io as connectSocket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess, type ServerProcess } from "../testing/serverProcess.ts";

/** What went on the wire, kept whole so that a failure can say exactly what was sent. */
interface Odd {
  label: string;
  /** a request the server is right to leave without an HTTP answer (its body never came in full…); every other one gets one */
  mayGoUnanswered: boolean;
  send(port: number): Promise<Answer>;
  describe(): string;
}

interface Answer {
  /** null when no status line came back; then `silence` says how the exchange ended */
  status: number | null;
  body: string;
  silence?: string;
}

const HOST = "127.0.0.1";
const CONCURRENCY = 8;
// generous: a megabyte uploaded by eight clients at once took seconds on a busy 2-core machine
const ANSWER_TIMEOUT_MS = 15_000;
/** Node's default limit on the request line and headers together (--max-http-header-size). */
const HEADER_LIMIT_BYTES = 16 * 1024;

/** How a raw request ends: wait for the server to answer and close, half-close first, or drop mid-request. */
type Ending = "answer" | "half-close" | "drop";

function raw(label: string, parts: (string | Buffer)[], ending: Ending = "answer", options: { mayGoUnanswered?: boolean } = {}): Odd {
  const text = Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : p)));
  const mayGoUnanswered = ending !== "answer" || (options.mayGoUnanswered ?? false);
  return {
    label,
    mayGoUnanswered,
    describe: () => `raw TCP (${ending}): ${JSON.stringify(text.subarray(0, 600).toString("latin1"))}${text.length > 600 ? ` … ${text.length} bytes` : ""}`,
    send: (port) =>
      new Promise((resolve) => {
        // a server that waits for the rest of a cut request is right to: give up on it, not on the test
        const patienceMs = mayGoUnanswered ? 2_000 : ANSWER_TIMEOUT_MS;
        const chunks: Buffer[] = [];
        const socket = connect({ host: HOST, port });
        const finish = (timedOut: boolean) => {
          clearTimeout(timer);
          socket.destroy();
          const received = Buffer.concat(chunks).toString("latin1");
          const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
          const silence = timedOut ? `no answer within ${patienceMs} ms` : "closed without an answer";
          resolve({ status: status ? Number(status) : null, body: received.slice(received.indexOf("\r\n\r\n") + 4), ...(status ? {} : { silence }) });
        };
        const timer = setTimeout(() => finish(true), patienceMs);
        socket.on("data", (chunk: Buffer) => chunks.push(chunk));
        socket.on("close", () => finish(false));
        // the server may close while a large body is still going out (413 before the end): that is its answer
        socket.on("error", () => undefined);
        socket.on("connect", () => {
          socket.write(text);
          if (ending === "half-close") socket.end();
          if (ending === "drop") socket.destroy();
        });
      }),
  };
}

function viaFetch(label: string, path: string, init: RequestInit = {}): Odd {
  return {
    label,
    mayGoUnanswered: false,
    describe: () => `fetch ${init.method ?? "GET"} ${path} ${JSON.stringify({ headers: init.headers, body: typeof init.body === "string" ? init.body.slice(0, 300) : init.body ? "(binary)" : undefined })}`,
    send: async (port) => {
      try {
        const response = await fetch(`http://${HOST}:${port}${path}`, { redirect: "manual", signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS), ...init });
        return { status: response.status, body: await response.text() };
      } catch (error) {
        const cause = (error as Error & { cause?: Error }).cause;
        return { status: null, body: "", silence: `fetch failed: ${(error as Error).message}${cause ? ` (${cause.message})` : ""}` };
      }
    },
  };
}

/** A request line, Host and Connection: close, the given headers, then the body as is (no length added). */
function request(method: string, target: string, headers: string[] = [], body = ""): string {
  return [`${method} ${target} HTTP/1.1`, `Host: ${HOST}`, "Connection: close", ...headers, "", body].join("\r\n");
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW", "get"];

const SOCKET_QUERIES = [
  "",
  "?EIO=4&transport=polling",
  "?EIO=3&transport=polling",
  "?EIO=5&transport=polling",
  "?EIO=4&transport=websocket",
  "?EIO=4&transport=pigeon",
  "?EIO=4&transport=polling&sid=nope",
  "?EIO=4&transport=polling&sid=",
  "?EIO=4&transport=polling&sid=%E0%A4%A",
  "?EIO=x&transport=polling",
  "?transport=polling",
  "?EIO=4&transport=polling&t=%&j=%%",
  "?EIO=4&EIO=4&transport=polling&transport=websocket",
];

const PATHS = [
  "/",
  "/index.html",
  "/favicon.svg",
  "/inbox/some/client/route",
  "/assets/",
  "/assets/missing-0000.js",
  "/assets/../../package.json",
  "/healthz",
  "/healthz/",
  "/readyz",
  "/api",
  "/api/",
  "/api/session",
  "/api/session/x",
  "/api/anything",
  "/demo",
  "/demo/",
  "/demo/site.css",
  "/demo/lumen-fibre",
  "/demo/lumen-fibre/site.css",
  "/demo/no-such-brand/x/y",
  "/demo/%E0%A4%A",
  "/widget.js",
  "/widget",
  "/widget/",
  ...SOCKET_QUERIES.map((q) => `/socket.io/${q}`),
  "/socket.io",
  "/socket.io/x/y",
  "/%E0%A4%A",
  "/%",
  "/%00",
  "/..%2f..%2fetc/passwd",
  "/../../etc/passwd",
  "//",
  "///",
  "//x/y",
  "//[",
  "/?%",
  "/?a=%E0%A4%A&a=1&&==&",
  "/healthz?%zz=%",
  `/${"a".repeat(8_000)}`,
  `/${"deep/".repeat(1_000)}`,
  "*",
  `http://${HOST}/healthz`,
  "http://[::1/",
];

function methodsAndPaths(): Odd[] {
  return METHODS.flatMap((method) => PATHS.map((path) => raw(`${method} ${path.slice(0, 80)}`, [request(method, path)])));
}

function hugeHeaders(): Odd[] {
  const padded = (bytes: number) => `X-Pad: ${"a".repeat(bytes)}`;
  const targets = ["/", "/api/session", "/socket.io/?EIO=4&transport=polling", "/healthz"];
  return targets.flatMap((target) => [
    raw(`headers just under the limit ${target}`, [request("GET", target, [padded(HEADER_LIMIT_BYTES - 400)])]),
    raw(`headers just over the limit ${target}`, [request("GET", target, [padded(HEADER_LIMIT_BYTES + 100)])]),
    raw(`headers far over the limit ${target}`, [request("GET", target, [padded(256 * 1024)])]),
    raw(`a thousand headers ${target}`, [request("GET", target, Array.from({ length: 1_000 }, (_, i) => `x${i}: y`))]),
    raw(`a control character in a header ${target}`, [request("GET", target, ["X-Bad: a\u0001b"])]),
    raw(`a header without a colon ${target}`, [request("GET", target, ["NoColonHere"])]),
    raw(`no Host ${target}`, [`GET ${target} HTTP/1.1\r\nConnection: close\r\n\r\n`]),
    raw(`two Hosts ${target}`, [request("GET", target, [`Host: elsewhere`])]),
    raw(`HTTP/1.0 ${target}`, [`GET ${target} HTTP/1.0\r\n\r\n`]),
    raw(`HTTP/9.9 ${target}`, [`GET ${target} HTTP/9.9\r\nHost: x\r\n\r\n`]),
    raw(`a foreign Origin ${target}`, [request("GET", target, ["Origin: https://evil.example"])]),
    raw(`Origin null ${target}`, [request("POST", target, ["Origin: null", "Content-Length: 2"], "{}")]),
    raw(`forwarded headers ${target}`, [request("GET", target, ["X-Forwarded-For: ::::, %%", "X-Forwarded-Proto: gopher", "Forwarded: for=\"[bad"])]),
    // Socket.io takes every upgrade and closes, unanswered, those not for it (engine.io's destroyUpgrade)
    raw(`Upgrade without a key ${target}`, [request("GET", target, ["Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 13"])], "answer", { mayGoUnanswered: !target.startsWith("/socket.io/") }),
    raw(`Upgrade to something else ${target}`, [request("GET", target, ["Upgrade: h2c", "Connection: Upgrade, HTTP2-Settings", "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA"])], "answer", { mayGoUnanswered: !target.startsWith("/socket.io/") }),
  ]);
}

function staticOddities(): Odd[] {
  const ranges = ["bytes=5-2", "bytes=-500", "bytes=99999999-", "bytes=abc", "bytes=0-0,5-9", "lines=1-2", "bytes=0-99999999999999999999"];
  return [
    ...ranges.flatMap((range) => ["/favicon.svg", "/", "/widget.js"].map((path) => raw(`Range ${range} ${path}`, [request("GET", path, [`Range: ${range}`])]))),
    ...["/", "/favicon.svg", "/widget.js"].map((path) => raw(`odd caching headers ${path}`, [request("GET", path, ['If-None-Match: W/"', "If-Modified-Since: yesterday", "Accept-Encoding: gzip;q=x, br, *"])])),
    raw("the HTTP/2 preface", ["PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"]),
    raw("not HTTP at all", [Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03])]),
    // empty lines before a request are skipped (RFC 9112 2.2): the server waits for the request itself
    raw("an empty line then nothing", ["\r\n\r\n"], "answer", { mayGoUnanswered: true }),
    raw("two requests in one write, the second broken", [request("GET", "/healthz").replace("Connection: close", "Connection: keep-alive") + "GET /%%% HTTP/1.1\r\nHost\r\n\r\n"]),
  ];
}

const BAD_COOKIES = [
  "sb_session=%E0%A4%A",
  "sb_session=%",
  "sb_session=a; sb_session=b",
  "sb_session=%E0; sb_session=%E0",
  "sb_session=",
  "sb_session",
  "=",
  ";;;",
  "sb_session=\"\"",
  `sb_session=${"x".repeat(10_240)}`,
  `sb_session=${"%41".repeat(3_000)}`,
];

function badCookies(): Odd[] {
  const targets: [string, string, string][] = [
    ["GET", "/", ""],
    ["GET", "/healthz", ""],
    ["GET", "/demo", ""],
    ["DELETE", "/api/session", ""],
    ["POST", "/api/session", JSON.stringify({ email: "nobody@example.com", password: "wrong-password" })],
    ["GET", "/socket.io/?EIO=4&transport=polling", ""],
  ];
  const fetched = BAD_COOKIES.flatMap((cookie) =>
    targets.map(([method, path, body]) =>
      viaFetch(`cookie ${cookie.slice(0, 40)} on ${method} ${path}`, path, {
        method,
        headers: { cookie, ...(body ? { "content-type": "application/json" } : {}) },
        ...(body ? { body } : {}),
      }),
    ),
  );
  // what fetch refuses to put in a header: raw bytes, UTF-8 and otherwise
  const unicode = ["sb_session=ünïcødé ✓", "sb_session=\u00ff\u00fe", "sb_session=\u0000"].flatMap((cookie) =>
    targets.map(([method, path, body]) =>
      raw(`cookie ${JSON.stringify(cookie)} on ${method} ${path}`, [
        Buffer.from(request(method, path, [`Cookie: ${cookie}`, `Content-Length: ${Buffer.byteLength(body)}`, "Content-Type: application/json"], body), "utf8"),
      ]),
    ),
  );
  return [...fetched, ...unicode];
}

function bodies(): Odd[] {
  const session = (headers: string[], body: string | Buffer, ending: Ending = "answer", label = "") =>
    raw(`POST /api/session ${label || headers.join(" ").slice(0, 60)}`, [request("POST", "/api/session", headers), body], ending);
  const json = ["Content-Type: application/json"];
  const oneMegabyte = "[".repeat(1_000_000);
  const cut = '{"email":"a@b.c","pass';
  return [
    viaFetch("broken JSON", "/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: '{"email":' }),
    viaFetch("JSON of the wrong shape", "/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: '{"email":[1],"password":{"$gt":""}}' }),
    viaFetch("JSON null", "/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: "null" }),
    viaFetch("deeply nested JSON", "/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: `${"[".repeat(5_000)}${"]".repeat(5_000)}` }),
    viaFetch("a huge body", "/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: oneMegabyte }),
    viaFetch("text/plain", "/api/session", { method: "POST", headers: { "content-type": "text/plain" }, body: "email=a&password=b" }),
    viaFetch("a form", "/api/session", { method: "POST", body: new URLSearchParams({ email: "a@b.c", password: "x" }) }),
    viaFetch("multipart", "/api/session", { method: "POST", body: multipart() }),
    viaFetch("invalid UTF-8", "/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }),
    viaFetch("gzip that is not", "/api/session", { method: "POST", headers: { "content-type": "application/json", "content-encoding": "gzip" }, body: "{}" }),
    ...["/healthz", "/readyz", "/demo", "/widget.js", "/", "/api/anything", "/socket.io/?EIO=4&transport=polling", "/socket.io/?EIO=4&transport=polling&sid=nope"].map((path) =>
      viaFetch(`a huge body to ${path}`, path, { method: "POST", body: oneMegabyte }),
    ),
    raw("POST /api/session Content-Length longer than the body", [request("POST", "/api/session", [...json, "Content-Length: 5"]), "{}"], "answer", { mayGoUnanswered: true }),
    session([...json, "Content-Length: 1"], "{}", "answer", "Content-Length shorter than the body"),
    session([...json, "Content-Length: -1"], "{}"),
    session([...json, "Content-Length: 12abc"], "{}"),
    session([...json, "Content-Length: 2", "Content-Length: 3"], "{}"),
    session([...json, "Content-Length: 2", "Transfer-Encoding: chunked"], "{}"),
    session([...json, "Transfer-Encoding: chunked"], "zz\r\n{}\r\n0\r\n\r\n", "answer", "a chunk size that is not hex"),
    session([...json, "Transfer-Encoding: gzip, chunked"], "2\r\n{}\r\n0\r\n\r\n"),
    session([...json, "Expect: 100-continue", "Content-Length: 2"], "{}"),
    session([...json, "Expect: teapot", "Content-Length: 2"], "{}"),
    session([...json, "Transfer-Encoding: chunked"], `${cut.length.toString(16)}\r\n${cut}\r\n`, "half-close", "chunked, cut midway, half-closed"),
    session([...json, "Transfer-Encoding: chunked"], `${cut.length.toString(16)}\r\n${cut}\r\n`, "drop", "chunked, cut midway, dropped"),
    raw("POST /api/session chunked, cut midway, left waiting", [request("POST", "/api/session", [...json, "Transfer-Encoding: chunked"]), `${cut.length.toString(16)}\r\n${cut}\r\n`], "answer", { mayGoUnanswered: true }),
    session([...json, "Content-Length: 100"], cut, "half-close", "Content-Length 100, 23 bytes sent, half-closed"),
    session([...json, "Content-Length: 100"], cut, "drop", "Content-Length 100, 23 bytes sent, dropped"),
    session([...json, "Content-Length: 100000"], oneMegabyte.slice(0, 50_000), "drop", "50 KB of 100 KB, dropped"),
    raw("headers cut midway, dropped", ["GET / HTTP/1.1\r\nHost: x\r\nX-Half: ab"], "drop"),
    raw("headers cut midway, half-closed", ["GET /api/session HTTP/1.1\r\nHost: x\r\nCookie: sb_sess"], "half-close"),
    raw("a request line cut midway", ["DELETE /api/sess"], "half-close"),
    raw("a polling POST cut midway", [request("POST", "/socket.io/?EIO=4&transport=polling&sid=nope", ["Content-Type: text/plain", "Content-Length: 100"]), "40"], "half-close"),
  ];
}

function multipart(): FormData {
  const form = new FormData();
  form.set("email", "a@b.c");
  form.set("file", new Blob([new Uint8Array(2_000)]), "x.bin");
  return form;
}

async function inPool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/**
 * 503 is meant where something is not there yet: the console or widget not built, or the database not ready; the
 * body says which (an answer to HEAD has none). Every other 5xx is a fault.
 */
function unavailableMeant(answer: Answer): boolean {
  return answer.status === 503 && (answer.body === "" || /"unavailable"|"reason"/.test(answer.body));
}

describe("odd HTTP requests", () => {
  let server: ServerProcess;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "sb-odd-"));
    // migrations on a fresh embedded database took a minute on a busy 2-core machine
    server = await startServerProcess({ SEED: "off", DATA_DIR: dataDir }, 150_000);
  }, 180_000);

  afterAll(async () => {
    await server?.stop("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  });

  const port = () => Number(new URL(server.url).port);

  async function stillServing(batch: Odd[]): Promise<void> {
    const exited = server.child.exitCode !== null || server.child.signalCode !== null;
    const healthy = !exited && (await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status === 200, () => false));
    if (!healthy) {
      const sent = batch.map((odd) => `  ${odd.label}: ${odd.describe()}`).join("\n");
      expect.fail(
        `the server ${exited ? `exited (${server.child.exitCode ?? server.child.signalCode})` : "stopped answering /healthz"} during a batch of ${batch.length} requests:\n${sent}\n\nits output ended with:\n${server.output().slice(-4_000)}`,
      );
    }
  }

  async function sendBatch(batch: Odd[]): Promise<void> {
    const logBefore = server.output().length;
    const answers = await inPool(batch, CONCURRENCY, (odd) => odd.send(port()));
    await stillServing(batch);
    const faults = batch.flatMap((odd, i) => {
      const answer = answers[i]!;
      const fault =
        answer.status === null ? (odd.mayGoUnanswered ? null : (answer.silence ?? "no answer"))
        : answer.status >= 500 && !unavailableMeant(answer) ? `${answer.status}: ${answer.body.slice(0, 300)}`
        : null;
      return fault ? [`  ${odd.label}\n    sent: ${odd.describe()}\n    answer: ${fault}`] : [];
    });
    // a rejection the guards caught leaves the process up but some request unanswered; "request failed" is a route
    // that threw, caught by the router's last resort
    const unhandled = server
      .output()
      .slice(logBefore)
      .split("\n")
      .filter((line) => /unhandled promise rejection|uncaught exception|request failed/.test(line))
      .map((line) => line.slice(0, 600));
    const problems = [...faults, ...unhandled.map((line) => `  logged: ${line}`)];
    expect(problems.length, `requests not answered as they should be:\n${problems.join("\n")}`).toBe(0);
  }

  it.each([
    ["every method on every path", methodsAndPaths],
    ["huge and broken headers", hugeHeaders],
    ["ranges, caching headers and what is not HTTP", staticOddities],
    ["bad session cookies", badCookies],
    ["broken, huge, cut and dropped bodies", bodies],
  ])("%s: the server answers each without a fault and keeps serving", async (_, generate) => {
    await sendBatch(generate());
  }, 120_000);

  it("a Socket.io handshake with a bad cookie is refused as no session, and the server keeps serving", async () => {
    const refusals = await inPool(BAD_COOKIES, 4, (cookie) => {
      const socket = connectSocket(server.url, { transports: ["polling"], extraHeaders: { cookie }, reconnection: false, forceNew: true });
      return new Promise<string>((resolve) => {
        socket.once("connect", () => resolve("connected"));
        socket.once("connect_error", (error: Error & { data?: { code?: string } }) => resolve(error.data?.code ?? error.message));
      }).finally(() => socket.disconnect());
    });
    expect(refusals).toEqual(BAD_COOKIES.map(() => "unauthenticated"));
    await stillServing([]);
  });

  it("a path outside the console's folder never reaches the disk behind it", async () => {
    const answers = await inPool(["/../../etc/passwd", "/..%2f..%2fetc/passwd", "/assets/../../package.json", "/%2e%2e/%2e%2e/package.json"], 4, (path) =>
      raw(path, [request("GET", path)]).send(port()),
    );
    for (const answer of answers) expect(answer.body).not.toMatch(/root:|"name": "switchboard"/);
  });
});
