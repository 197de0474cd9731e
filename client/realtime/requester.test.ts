import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Ack } from "../../shared/contract/define.ts";
import { ERROR_CODES, isTransient, type ErrorCode } from "../../shared/contract/errorCodes.ts";
import { createWidgetRequest, type WidgetSocket } from "../widget/connection.ts";
import { createRequester, type RequestSocket } from "./request.ts";
import { createSend, DEFAULT_TIMEOUT_MS, retryDelayMs, type AckSocket } from "./requester.ts";

// request.ts also binds the console's real socket, which needs a browser; these tests bring their own.
vi.mock("./socket.ts", () => ({ socket: { connected: false } }));

/** How the fake server meets one emit: an answer, silence until the timeout, or the connection dropping. */
type Answer = Ack<unknown> | "no answer" | "drop";
interface Emitted {
  event: string;
  payload: Record<string, unknown>;
  timeoutMs: number;
}

/** A socket.io socket as far as the requester sees one: acks come from `answer`, the timeout behaves like socket.io's. */
function fakeSocket(answer: (attempt: number) => Answer) {
  const emitted: Emitted[] = [];
  const socket = {
    connected: true,
    timeout(timeoutMs: number) {
      return {
        emit(event: string, payload: Record<string, unknown>, ack: (err: Error | null, response?: unknown) => void) {
          emitted.push({ event, payload, timeoutMs });
          const response = answer(emitted.length);
          if (response === "no answer") {
            setTimeout(() => ack(new Error("operation has timed out")), timeoutMs);
          } else if (response === "drop") {
            socket.connected = false;
            queueMicrotask(() => ack(new Error("socket has been disconnected")));
          } else {
            queueMicrotask(() => ack(null, response));
          }
        },
      };
    },
  };
  return { socket, emitted };
}

const messages = { offline: "offline", dropped: "dropped", timeout: (ms: number) => `no answer in ${ms} ms`, unreadable: "unreadable" };
const send = (socket: AckSocket) => createSend(socket, messages);
const ok = (data: unknown): Ack<unknown> => ({ ok: true, data });
const refused = (code: ErrorCode): Ack<unknown> => ({ ok: false, error: { code, message: `refused: ${code}` } });
const payload = { clientId: "0190a5b2-7c3e-7abc-8000-00000000abcd", body: "hello" };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createSend", () => {
  it("returns the acknowledgement of a request that succeeded", async () => {
    const { socket, emitted } = fakeSocket(() => ok({ seq: 1 }));
    await expect(send(socket)("chat:send", payload)).resolves.toEqual(ok({ seq: 1 }));
    expect(emitted).toEqual([{ event: "chat:send", payload, timeoutMs: DEFAULT_TIMEOUT_MS }]);
  });

  it("passes a refusal on as it came", async () => {
    const { socket } = fakeSocket(() => refused("forbidden"));
    await expect(send(socket)("chat:send", payload)).resolves.toEqual(refused("forbidden"));
  });

  it("answers timeout when no acknowledgement comes in time", async () => {
    const { socket } = fakeSocket(() => "no answer");
    const pending = send(socket)("chat:send", payload, { timeoutMs: 2_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(pending).resolves.toEqual({ ok: false, error: { code: "timeout", message: "no answer in 2000 ms" } });
  });

  it("after a timeout, sends the same payload again once the back-off has passed", async () => {
    const { socket, emitted } = fakeSocket((attempt) => (attempt === 1 ? "no answer" : ok({ seq: 1 })));
    const pending = send(socket)("chat:send", payload, { timeoutMs: 2_000, retries: 3 });
    await vi.advanceTimersByTimeAsync(2_000 + retryDelayMs(1) - 1);
    expect(emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual(ok({ seq: 1 }));
    expect(emitted.map((e) => e.payload.clientId)).toEqual([payload.clientId, payload.clientId]);
  });

  it("answers disconnected when the connection drops mid-request, and does not retry while it is down", async () => {
    const { socket, emitted } = fakeSocket(() => "drop");
    const pending = send(socket)("chat:send", payload, { retries: 3 });
    await expect(pending).resolves.toEqual({ ok: false, error: { code: "disconnected", message: "dropped" } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(emitted).toHaveLength(1);
  });

  it("answers disconnected without emitting when the socket is down", async () => {
    const { socket, emitted } = fakeSocket(() => ok({}));
    socket.connected = false;
    await expect(send(socket)("chat:send", payload, { retries: 3 })).resolves.toEqual({ ok: false, error: { code: "disconnected", message: "offline" } });
    expect(emitted).toHaveLength(0);
  });

  it("does not retry a refusal that a repeat would only get again", async () => {
    const { socket, emitted } = fakeSocket(() => refused("invalid_input"));
    await expect(send(socket)("chat:send", payload, { retries: 3 })).resolves.toEqual(refused("invalid_input"));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(emitted).toHaveLength(1);
  });

  it("retries a transient refusal with a growing back-off, and gives up with it after the retries allowed", async () => {
    const { socket, emitted } = fakeSocket(() => refused("unavailable"));
    const pending = send(socket)("chat:send", payload, { retries: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(retryDelayMs(1));
    expect(emitted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(retryDelayMs(2));
    await expect(pending).resolves.toEqual(refused("unavailable"));
    expect(emitted).toHaveLength(3);
  });

  it("stops retrying once the request is no longer wanted", async () => {
    let wanted = true;
    const { socket, emitted } = fakeSocket(() => refused("internal"));
    const pending = send(socket)("chat:send", payload, { retries: Infinity, stillWanted: () => wanted });
    await vi.advanceTimersByTimeAsync(retryDelayMs(1));
    expect(emitted).toHaveLength(2);
    wanted = false;
    await vi.advanceTimersByTimeAsync(retryDelayMs(2));
    await expect(pending).resolves.toEqual(refused("internal"));
    expect(emitted).toHaveLength(2);
  });

  it("treats an acknowledgement that is not an Ack as an internal error", async () => {
    const { socket } = fakeSocket(() => "hello" as unknown as Ack<unknown>);
    await expect(send(socket)("chat:send", payload)).resolves.toEqual({ ok: false, error: { code: "internal", message: "unreadable" } });
  });
});

describe("retryDelayMs", () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [5, 16_000],
    [6, 30_000],
    [20, 30_000],
  ])("after %i failed attempts waits %i ms", (failures, ms) => {
    expect(retryDelayMs(failures)).toBe(ms);
  });
});

describe("the console and the widget", () => {
  /** How many times each end sends a request refused once with `code`, given one retry. */
  async function attempts(code: ErrorCode) {
    const answer = (attempt: number) => (attempt === 1 ? refused(code) : ok({}));
    const consoleSide = fakeSocket(answer);
    const widgetSide = fakeSocket(answer);
    const consoleRequest = createRequester(consoleSide.socket as unknown as RequestSocket).request;
    const widgetRequest = createWidgetRequest(widgetSide.socket as unknown as WidgetSocket);
    const both = Promise.all([
      consoleRequest("conversation:markRead", { conversationId: "0190a5b2-7c3e-7000-8000-000000000001", seq: 1 }, { retries: 1 }),
      widgetRequest("chat:read", { seq: 1 }, { retries: 1 }),
    ]);
    await vi.advanceTimersByTimeAsync(retryDelayMs(1));
    await both;
    return { console: consoleSide.emitted.length, widget: widgetSide.emitted.length };
  }

  it.each(ERROR_CODES)("classify %s alike: retried only when transient", async (code) => {
    const expected = isTransient(code) ? 2 : 1;
    await expect(attempts(code)).resolves.toEqual({ console: expected, widget: expected });
  });
});
