import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Ack } from "../../shared/contract/define.ts";
import type { ChatState, VisitorMessage, WidgetConfig } from "../../shared/schemas/chat.ts";
import type { WidgetSocket } from "./connection.ts";
import type { Outbox } from "./outbox.ts";
import { createSession } from "./session.ts";
import type { ReadMark, WidgetStorage } from "./storage.ts";

type Answer = Ack<unknown> | "no answer";

/** Just enough of a socket.io client: acks are answered by `answer`, or time out. */
class FakeSocket {
  connected = false;
  active = true;
  sent: { event: string; payload: Record<string, unknown> }[] = [];
  private handlers = new Map<string, ((...args: unknown[]) => void)[]>();
  constructor(private answer: (event: string, payload: Record<string, unknown>) => Answer) {}
  on(event: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  fire(event: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
  timeout() {
    return {
      emit: (event: string, payload: Record<string, unknown>, ack: (err: Error | null, response?: unknown) => void) => {
        this.sent.push({ event, payload });
        const answer = this.answer(event, payload);
        queueMicrotask(() => (answer === "no answer" ? ack(new Error("operation has timed out")) : ack(null, answer)));
      },
    };
  }
  connect() {
    this.connected = true;
    this.fire("connect");
  }
  drop() {
    this.connected = false;
    this.fire("disconnect", "transport close");
  }
  events(name: string) {
    return this.sent.filter((s) => s.event === name).map((s) => s.payload);
  }
}

function memoryStorage(): WidgetStorage & { token: string | null; saved: Outbox } {
  let mark: ReadMark | null = null;
  const store = {
    token: null as string | null,
    saved: [] as Outbox,
    visitorToken: () => store.token,
    saveVisitorToken: (token: string | null) => void (store.token = token),
    outbox: () => store.saved,
    saveOutbox: (outbox: Outbox) => void (store.saved = outbox),
    readMark: () => mark,
    saveReadMark: (m: ReadMark) => void (mark = m),
    panelOpen: () => false,
    savePanelOpen: () => undefined,
  };
  return store;
}

const config: WidgetConfig = {
  brand: { name: "Lumen Fibre", color: "#0F766E", accentColor: "#155E75", logoSvg: null, greeting: "Hi!" },
  preChatForm: "name",
  availability: { online: true, reason: null },
};
const chatState = (patch: Partial<ChatState> = {}): ChatState =>
  ({ conversationId: "conv-1", phase: "active", queuePosition: null, agentName: "Ana", lastSeq: 0, deliveredSeq: 0, readSeq: 0, endedBy: null, rating: null, ...patch }) as ChatState;
const message = (seq: number, from: VisitorMessage["from"], clientId: string, body = `${from} ${seq}`): VisitorMessage => ({
  id: `m${seq}`, seq, clientId, from, authorName: from === "agent" ? "Ana" : null, body, at: "2026-03-02T10:00:00Z",
});
const ok = (data: unknown): Ack<unknown> => ({ ok: true, data });

/** A server with one chat: numbers the visitor's messages, answers a repeated clientId with the first result. */
function fakeServer(initial: VisitorMessage[] = [], historyPage = 500) {
  const transcript = [...initial];
  const byClientId = new Map<string, VisitorMessage>();
  return {
    transcript,
    answer(event: string, payload: Record<string, unknown>): Answer {
      if (event === "widget:hello") return ok({ config, chat: chatState() });
      if (event === "chat:history") {
        const items = transcript.filter((m) => m.seq > (payload.afterSeq as number)).slice(0, historyPage);
        return ok({ items, state: chatState({ lastSeq: transcript.at(-1)?.seq ?? 0 }) });
      }
      if (event === "chat:send") {
        const clientId = payload.clientId as string;
        let stored = byClientId.get(clientId);
        if (!stored) {
          stored = message(transcript.length + 1, "visitor", clientId, payload.body as string);
          byClientId.set(clientId, stored);
          transcript.push(stored);
        }
        return ok(stored);
      }
      return ok({});
    },
  };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe("session", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows the transcript after the hello, and after a reconnect catches up from the last seq without duplicates", async () => {
    const server = fakeServer([message(1, "visitor", "v1"), message(2, "agent", "a2")]);
    const socket = new FakeSocket(server.answer);
    const session = createSession(socket as unknown as WidgetSocket, memoryStorage());
    socket.connect();
    await flush();
    expect(session.store.get().messages.map((m) => m.seq)).toEqual([1, 2]);

    socket.drop();
    server.transcript.push(message(3, "agent", "a3"));
    socket.fire("chat:message", message(2, "agent", "a2"));
    socket.connect();
    await flush();
    expect(socket.events("chat:history")).toEqual([{ afterSeq: 0 }, { afterSeq: 2 }]);
    expect(session.store.get().messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it("on chat:resync, catches up from the last seq while the socket stays connected", async () => {
    const server = fakeServer([message(1, "visitor", "v1")]);
    const socket = new FakeSocket(server.answer);
    const session = createSession(socket as unknown as WidgetSocket, memoryStorage());
    socket.connect();
    await flush();

    server.transcript.push(message(2, "agent", "a2"), message(3, "agent", "a3"));
    socket.fire("chat:resync", {});
    await flush();
    expect(socket.events("chat:history")).toEqual([{ afterSeq: 0 }, { afterSeq: 1 }]);
    expect(session.store.get().messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it("catches up page by page when the transcript is longer than one page", async () => {
    const long = Array.from({ length: 5 }, (_, i) => message(i + 1, i % 2 ? "agent" : "visitor", `c${i + 1}`));
    const socket = new FakeSocket(fakeServer(long, 2).answer);
    const session = createSession(socket as unknown as WidgetSocket, memoryStorage());
    socket.connect();
    await flush();
    expect(socket.events("chat:history")).toEqual([{ afterSeq: 0 }, { afterSeq: 2 }, { afterSeq: 4 }]);
    expect(session.store.get().messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps a message written offline as pending, and sends it once connected", async () => {
    const server = fakeServer([message(1, "visitor", "v1")]);
    const storage = memoryStorage();
    const socket = new FakeSocket(server.answer);
    const session = createSession(socket as unknown as WidgetSocket, storage);
    socket.connect();
    await flush();
    socket.drop();
    session.send("are you there?");
    expect(storage.saved.map((e) => e.body)).toEqual(["are you there?"]);

    socket.connect();
    await flush();
    expect(socket.events("chat:send")).toHaveLength(1);
    expect(session.store.get().outbox).toEqual([]);
    expect(session.store.get().messages.map((m) => m.body)).toEqual(["visitor 1", "are you there?"]);
  });

  it("retries an unanswered message with the same clientId, and the server keeps it once", async () => {
    const server = fakeServer();
    let unanswered = 2;
    const socket = new FakeSocket((event, payload) => {
      const answer = server.answer(event, payload);
      return event === "chat:send" && unanswered-- > 0 ? "no answer" : answer;
    });
    const session = createSession(socket as unknown as WidgetSocket, memoryStorage());
    socket.connect();
    await flush();
    session.send("hello");
    await flush();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000);
    const clientIds = socket.events("chat:send").map((p) => p.clientId);
    expect(clientIds).toHaveLength(3);
    expect(new Set(clientIds).size).toBe(1);
    expect(server.transcript).toHaveLength(1);
    expect(session.store.get().outbox).toEqual([]);
  });

  it("stops retrying a message that a push shows arrived while it waited for the next attempt", async () => {
    const server = fakeServer();
    const socket = new FakeSocket((event, payload) => {
      if (event === "chat:send") {
        server.answer(event, payload);
        return "no answer";
      }
      return server.answer(event, payload);
    });
    const session = createSession(socket as unknown as WidgetSocket, memoryStorage());
    socket.connect();
    await flush();
    session.send("hello");
    await flush();
    socket.fire("chat:message", server.transcript[0]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(socket.events("chat:send")).toHaveLength(1);
    expect(session.store.get().outbox).toEqual([]);
  });

  it("does not send again what the catch-up shows arrived although its ack was lost", async () => {
    const server = fakeServer();
    const socket = new FakeSocket(server.answer);
    const session = createSession(socket as unknown as WidgetSocket, memoryStorage());
    socket.connect();
    await flush();
    // the server stores the message, then the connection drops before its ack arrives
    socket.timeout = (() => ({
      emit: (event: string, payload: Record<string, unknown>, ack: (err: Error | null) => void) => {
        socket.sent.push({ event, payload });
        server.answer(event, payload);
        socket.connected = false;
        ack(new Error("socket has been disconnected"));
      },
    })) as never;
    session.send("lost ack");
    await flush();
    expect(session.store.get().outbox).toHaveLength(1);

    socket.timeout = FakeSocket.prototype.timeout.bind(socket) as never;
    socket.connect();
    await flush();
    expect(socket.events("chat:send")).toHaveLength(1);
    expect(session.store.get().outbox).toEqual([]);
    expect(session.store.get().messages.map((m) => m.body)).toEqual(["lost ack"]);
  });

  it("stops a rate-limited message with the server's words and goes on with the next", async () => {
    const server = fakeServer();
    let limited = true;
    const socket = new FakeSocket((event, payload) => {
      if (event === "chat:send" && limited) {
        limited = false;
        return { ok: false, error: { code: "rate_limited", message: "You're sending messages too fast. Wait a few seconds." } };
      }
      return server.answer(event, payload);
    });
    const session = createSession(socket as unknown as WidgetSocket, memoryStorage());
    socket.connect();
    await flush();
    session.send("one");
    session.send("two");
    await flush();
    const { outbox, messages } = session.store.get();
    expect(outbox.map((e) => [e.body, e.refusal?.message])).toEqual([["one", "You're sending messages too fast. Wait a few seconds."]]);
    expect(messages.map((m) => m.body)).toEqual(["two"]);

    session.retry(outbox[0]!.clientId);
    await flush();
    expect(session.store.get().messages.map((m) => m.body)).toEqual(["two", "one"]);
  });

  it("starts a chat with the form's details and keeps the visitor token for the next connection", async () => {
    const storage = memoryStorage();
    const socket = new FakeSocket((event, payload) => {
      if (event === "widget:hello") return ok({ config, chat: null });
      if (event === "chat:start") return ok({ visitorToken: "vt-1", chat: chatState({ phase: "queued", queuePosition: 2, agentName: null }), message: message(1, "visitor", payload.clientId as string, payload.body as string) });
      return ok({});
    });
    const session = createSession(socket as unknown as WidgetSocket, storage);
    socket.connect();
    await flush();
    session.send("my fibre is down", { name: "Jo" });
    await flush();
    expect(socket.events("chat:start")).toEqual([expect.objectContaining({ name: "Jo", body: "my fibre is down" })]);
    expect(storage.token).toBe("vt-1");
    expect(session.store.get().chat?.queuePosition).toBe(2);
  });

  it("brings a refused start back to the form with everything the visitor wrote", async () => {
    const socket = new FakeSocket((event) => {
      if (event === "widget:hello") return ok({ config, chat: null });
      if (event === "chat:start") return { ok: false, error: { code: "invalid_input", message: "Please enter a valid email address." } };
      return ok({});
    });
    const session = createSession(socket as unknown as WidgetSocket, memoryStorage());
    socket.drop();
    session.send("first", { name: "Jo", email: "jo@" });
    session.send("second");
    socket.connect();
    await flush();
    expect(session.store.get().startRefusal).toEqual({ message: "Please enter a valid email address.", body: "first\nsecond", name: "Jo", email: "jo@" });
    expect(session.store.get().outbox).toEqual([]);
    expect(socket.events("chat:send")).toEqual([]);
  });

  it("marks read up to the newest seq once, and again after an unanswered attempt", async () => {
    const server = fakeServer([message(1, "agent", "a1")]);
    let answerRead = false;
    const socket = new FakeSocket((event, payload) => (event === "chat:read" && !answerRead ? "no answer" : server.answer(event, payload)));
    const session = createSession(socket as unknown as WidgetSocket, memoryStorage());
    socket.connect();
    await flush();
    session.markRead();
    await flush();
    answerRead = true;
    session.markRead();
    session.markRead();
    await flush();
    expect(socket.events("chat:read")).toEqual([{ seq: 1 }, { seq: 1 }]);
    expect(session.store.get().readSeq).toBe(1);
  });
});
