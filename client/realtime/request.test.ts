import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { requests } from "../../shared/contract/index.ts";
import { ACTION_EVENTS, createRequester, RequestFailed, type RequestSocket } from "./request.ts";
import { retryDelayMs } from "./requester.ts";

// request.ts also binds the console's real socket, which needs a browser; these tests bring their own.
vi.mock("./socket.ts", () => ({ socket: { connected: false } }));

type Ack = (err: Error | null, response?: unknown) => void;
interface Emitted {
  event: string;
  payload: Record<string, unknown>;
  timeoutMs: number;
  ack: Ack;
}

/** A socket whose acknowledgements the test gives by hand; the timeout behaves like socket.io's. */
function fakeSocket() {
  const emitted: Emitted[] = [];
  const socket = {
    connected: true,
    timeout(timeoutMs: number) {
      return {
        emit(event: string, payload: Record<string, unknown>, ack: Ack) {
          let settled = false;
          const once: Ack = (err, response) => {
            if (settled) return;
            settled = true;
            ack(err, response);
          };
          setTimeout(() => once(new Error("operation has timed out")), timeoutMs);
          emitted.push({ event, payload, timeoutMs, ack: once });
        },
      };
    },
  };
  return { socket, emitted, requester: createRequester(socket as unknown as RequestSocket) };
}

const userId = "0190a5b2-7c3e-7000-8000-000000000001";
const brandId = "0190a5b2-7c3e-7000-8000-000000000002";
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("request", () => {
  it("unwraps a successful acknowledgement", async () => {
    const { emitted, requester } = fakeSocket();
    const pending = requester.request("user:list", {});
    emitted[0]?.ack(null, { ok: true, data: [] });
    await expect(pending).resolves.toEqual({ ok: true, data: [] });
    expect(emitted[0]?.event).toBe("user:list");
    expect(emitted[0]?.timeoutMs).toBe(10_000);
  });

  it("passes the server's error on as it came", async () => {
    const { emitted, requester } = fakeSocket();
    const error = { code: "forbidden", message: "You do not administer this brand." };
    const pending = requester.request("membership:set", { userId, brandId, role: null });
    emitted[0]?.ack(null, { ok: false, error });
    await expect(pending).resolves.toEqual({ ok: false, error });
  });

  it("answers timeout when no acknowledgement comes in time", async () => {
    const { requester } = fakeSocket();
    const pending = requester.request("session:whoami", {}, { timeoutMs: 2_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    const result = await pending;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("timeout");
  });

  it("answers disconnected without emitting when the socket is down", async () => {
    const { socket, emitted, requester } = fakeSocket();
    socket.connected = false;
    const result = await requester.request("session:whoami", {});
    expect(!result.ok && result.error.code).toBe("disconnected");
    expect(emitted).toHaveLength(0);
  });

  it("answers disconnected when the connection drops before the acknowledgement", async () => {
    const { emitted, requester } = fakeSocket();
    const pending = requester.request("session:whoami", {});
    emitted[0]?.ack(new Error("socket has been disconnected"));
    const result = await pending;
    expect(!result.ok && result.error.code).toBe("disconnected");
  });

  it("treats an acknowledgement that is not a Result as an internal error", async () => {
    const { emitted, requester } = fakeSocket();
    const pending = requester.request("session:whoami", {});
    emitted[0]?.ack(null, "hello");
    const result = await pending;
    expect(!result.ok && result.error.code).toBe("internal");
  });
});

describe("clientId on actions", () => {
  it("attaches a UUIDv7 to an action that has none", async () => {
    const { emitted, requester } = fakeSocket();
    void requester.request("user:setDisabled", { userId, disabled: true });
    expect(emitted[0]?.payload.clientId).toMatch(UUID_V7);
  });

  it("keeps the clientId the caller gave", async () => {
    const { emitted, requester } = fakeSocket();
    const clientId = "0190a5b2-7c3e-7abc-8000-00000000abcd";
    void requester.request("user:setDisabled", { clientId, userId, disabled: true });
    expect(emitted[0]?.payload.clientId).toBe(clientId);
  });

  it("sends the same clientId again when it retries after a timeout", async () => {
    const { emitted, requester } = fakeSocket();
    const pending = requester.request("membership:set", { userId, brandId, role: "agent" }, { timeoutMs: 1_000, retries: 1 });
    await vi.advanceTimersByTimeAsync(1_000 + retryDelayMs(1));
    expect(emitted).toHaveLength(2);
    emitted[1]?.ack(null, { ok: true, data: { id: userId } });
    await expect(pending).resolves.toMatchObject({ ok: true });
    expect(emitted[0]?.payload.clientId).toMatch(UUID_V7);
    expect(emitted[1]?.payload.clientId).toBe(emitted[0]?.payload.clientId);
  });

  it("gives up after the retries it was allowed", async () => {
    const { emitted, requester } = fakeSocket();
    const pending = requester.request("user:setDisabled", { userId, disabled: true }, { timeoutMs: 1_000, retries: 1 });
    await vi.advanceTimersByTimeAsync(1_000 + retryDelayMs(1) + 1_000);
    const result = await pending;
    expect(emitted).toHaveLength(2);
    expect(!result.ok && result.error.code).toBe("timeout");
  });

  it("leaves query payloads alone", async () => {
    const { emitted, requester } = fakeSocket();
    void requester.request("user:list", {});
    expect(emitted[0]?.payload).toEqual({});
  });

  it("knows exactly the contract's actions", () => {
    const actions = Object.entries(requests)
      .filter(([, spec]) => spec.kind === "action")
      .map(([name]) => name);
    expect(Object.keys(ACTION_EVENTS).sort()).toEqual(actions.sort());
  });
});

describe("requestOrThrow", () => {
  it("returns the data", async () => {
    const { emitted, requester } = fakeSocket();
    const pending = requester.requestOrThrow("user:list", {});
    emitted[0]?.ack(null, { ok: true, data: [] });
    await expect(pending).resolves.toEqual([]);
  });

  it("throws RequestFailed carrying the error's code and issues", async () => {
    const { emitted, requester } = fakeSocket();
    const issues = [{ path: "role", message: "Invalid option" }];
    const pending = requester.requestOrThrow("membership:set", { userId, brandId, role: null });
    emitted[0]?.ack(null, { ok: false, error: { code: "invalid_input", message: "Check the form.", issues } });
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestFailed);
    expect(error).toMatchObject({ code: "invalid_input", message: "Check the form.", issues });
  });
});
