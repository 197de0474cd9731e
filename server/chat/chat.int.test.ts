/** Live chat end to end through real sockets: a visitor on the widget namespace, agents on the console's. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import type { ChatState } from "../../shared/schemas/chat.ts";
import { aChatBrand, aUser } from "../testing/fixtures.ts";
import { collectPushes, nextPush, request, startTestServer, type TestServer, type TestSocket } from "../testing/testServer.ts";
import { connectVisitor, nextVisitorPush, visitorRequest, type VisitorTestSocket } from "../testing/visitorClient.ts";

let server: TestServer;
let brand: { id: string; widgetKey: string };
let otherBrand: { id: string; widgetKey: string };
let ana: { id: string; email: string; name: string };
let anaSocket: TestSocket;

const ok = <T>(ack: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
};

async function startChatAs(visitor: VisitorTestSocket, body = "My router keeps dropping") {
  return ok(await visitorRequest(visitor, "chat:start", { clientId: uuidv7(), name: "Vera Visitor", body }));
}

beforeAll(async () => {
  server = await startTestServer({ WIDGET_MESSAGES_PER_MINUTE_PER_VISITOR: 5 });
  brand = await aChatBrand(server.database.db, "Lumen", { preChat: "name" });
  otherBrand = await aChatBrand(server.database.db, "Other");
  ana = await aUser(server.database.db, [{ brandId: brand.id, role: "agent" }], "Ana Agent");
  anaSocket = await server.connect(await server.cookieFor(ana.email));
});
afterAll(() => server.close());

describe("before any agent is available", () => {
  it("the widget says nobody is there, and a chat cannot start", async () => {
    const visitor = await connectVisitor(server.app.url, brand.widgetKey);
    const hello = ok(await visitorRequest(visitor, "widget:hello", {}));
    expect(hello.config.availability).toEqual({ online: false, reason: "noAgents" });
    expect(hello.config.brand.name).toBe("Lumen");
    expect(hello.chat).toBeNull();
    const refused = await visitorRequest(visitor, "chat:start", { clientId: uuidv7(), name: "Vera", body: "hello?" });
    // not "unavailable", which the widget's requester retries: closed is an answer that a repeat only gets again
    expect(refused).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringContaining("Leave us a message") } });
    visitor.disconnect();
  });

  it("a left message becomes an email conversation of the brand", async () => {
    const visitor = await connectVisitor(server.app.url, brand.widgetKey);
    const changed = nextPush(anaSocket, "conversation:changed");
    ok(await visitorRequest(visitor, "chat:leaveMessage", { clientId: uuidv7(), email: "vera@example.com", body: "Call me back about 4111 1111 1111 1111" }));
    const conversation = await changed;
    expect(conversation).toMatchObject({ brandId: brand.id, channel: "email", contactName: "vera", status: "open" });
    expect(conversation.lastPreview).not.toContain("4111 1111 1111 1111");
    visitor.disconnect();
  });
});

describe("a chat with an available agent", () => {
  let visitor: VisitorTestSocket;
  let token: string;
  let chat: ChatState;

  it("is routed to the agent, who is told, and the visitor hears who joined", async () => {
    ok(await request(anaSocket, "agent:setStatus", { clientId: uuidv7(), status: "available" }));
    visitor = await connectVisitor(server.app.url, brand.widgetKey);
    expect(ok(await visitorRequest(visitor, "widget:hello", {})).config.availability.online).toBe(true);
    const notified = nextPush(anaSocket, "agent:notified");
    const joined = nextVisitorPush(visitor, "chat:message", (m) => m.from === "system");
    const started = await startChatAs(visitor);
    token = started.visitorToken;
    expect(started.message).toMatchObject({ from: "visitor", body: "My router keeps dropping" });
    expect(await notified).toMatchObject({ kind: "assigned", title: "New chat: Vera Visitor", conversationId: started.chat.conversationId });
    expect((await joined).body).toBe("Ana Agent joined the chat");
    chat = ok(await visitorRequest(visitor, "chat:history", { afterSeq: 0 })).state;
    expect(chat).toMatchObject({ phase: "active", agentName: "Ana Agent", queuePosition: null });
  });

  it("relays the visitor's messages to the agent once, however often they are retried", async () => {
    ok(await request(anaSocket, "conversation:watch", { conversationId: chat.conversationId }));
    const clientId = uuidv7();
    await server.settled(anaSocket);
    const appended = collectPushes(anaSocket, "timeline:appended");
    const delivered = nextVisitorPush(visitor, "chat:delivered");
    const inboxRows = collectPushes(anaSocket, "conversations:changed");
    const first = ok(await visitorRequest(visitor, "chat:send", { clientId, body: "It's the green light that blinks" }));
    expect(await delivered).toEqual({ conversationId: chat.conversationId, seq: first.seq });
    const again = ok(await visitorRequest(visitor, "chat:send", { clientId, body: "It's the green light that blinks" }));
    expect(again.seq).toBe(first.seq);
    await server.settled(anaSocket);
    expect(appended).toEqual([expect.objectContaining({ seq: first.seq, direction: "inbound", body: "It's the green light that blinks" })]);
    expect(inboxRows.map((row) => row.conversations)).toEqual([
      [expect.objectContaining({ id: chat.conversationId, lastSeq: first.seq, lastPreview: "It's the green light that blinks" })],
    ]);
    const history = ok(await visitorRequest(visitor, "chat:history", { afterSeq: 0 })).items;
    expect(history.filter((m) => m.clientId === clientId)).toHaveLength(1);
  });

  it("relays the agent's reply with their name, and never a note", async () => {
    const reply = nextVisitorPush(visitor, "chat:message", (m) => m.from === "agent");
    ok(await request(anaSocket, "timeline:append", { clientId: uuidv7(), conversationId: chat.conversationId, kind: "note", body: "check line test" }));
    ok(await request(anaSocket, "timeline:append", { clientId: uuidv7(), conversationId: chat.conversationId, kind: "message", body: "Let's run a line test" }));
    expect(await reply).toMatchObject({ authorName: "Ana Agent", body: "Let's run a line test" });
    const history = ok(await visitorRequest(visitor, "chat:history", { afterSeq: 0 })).items;
    expect(history.map((m) => m.body)).not.toContain("check line test");
  });

  it("shows typing both ways and marks the visitor's messages read when the agent reads them", async () => {
    const visitorTyping = nextPush(anaSocket, "conversation:visitorTyping");
    ok(await visitorRequest(visitor, "chat:typing", { typing: true }));
    expect(await visitorTyping).toMatchObject({ conversationId: chat.conversationId, typing: true });
    const agentTyping = nextVisitorPush(visitor, "chat:agentTyping");
    ok(await request(anaSocket, "conversation:presence", { conversationId: chat.conversationId, state: "typing" }));
    expect(await agentTyping).toEqual({ typing: true, agentName: "Ana Agent" });
    const state = ok(await visitorRequest(visitor, "chat:history", { afterSeq: 0 })).state;
    const read = nextVisitorPush(visitor, "chat:state", (s) => s.readSeq >= state.lastSeq);
    ok(await request(anaSocket, "conversation:markRead", { clientId: uuidv7(), conversationId: chat.conversationId, seq: state.lastSeq }));
    expect((await read).deliveredSeq).toBeGreaterThan(0);
  });

  it("shows the visitor only its agent typing a message: not a note, and nothing of a teammate looking in", async () => {
    const teammate = await aUser(server.database.db, [{ brandId: brand.id, role: "agent" }], "Tom Teammate");
    const teammateSocket = await server.connect(await server.cookieFor(teammate.email));
    const { conversationId } = chat;
    const heard: unknown[] = [];
    visitor.on("chat:agentTyping", (typing) => heard.push(typing));
    ok(await request(teammateSocket, "conversation:presence", { conversationId, state: "typing", composing: "message" }));
    ok(await request(teammateSocket, "conversation:presence", { conversationId, state: "viewing" }));
    ok(await request(anaSocket, "conversation:presence", { conversationId, state: "typing", composing: "note" }));
    // pushes to one socket keep their order: once this one is in, anything said before it is too
    const last = nextVisitorPush(visitor, "chat:agentTyping", (typing) => typing.typing);
    ok(await request(anaSocket, "conversation:presence", { conversationId, state: "typing", composing: "message" }));
    await last;
    visitor.off("chat:agentTyping");
    expect(heard).toEqual([
      { typing: false, agentName: "Ana Agent" },
      { typing: true, agentName: "Ana Agent" },
    ]);
    teammateSocket.disconnect();
  });

  it("comes back after a reload with the token, and a token never opens another brand's widget", async () => {
    const reloaded = await connectVisitor(server.app.url, brand.widgetKey, { visitorToken: token });
    const hello = ok(await visitorRequest(reloaded, "widget:hello", {}));
    expect(hello.chat?.conversationId).toBe(chat.conversationId);
    const transcript = ok(await visitorRequest(reloaded, "chat:history", { afterSeq: 0 })).items;
    expect(transcript.map((m) => m.from)).toEqual(["visitor", "system", "visitor", "agent"]);
    reloaded.disconnect();

    const elsewhere = await connectVisitor(server.app.url, otherBrand.widgetKey, { visitorToken: token });
    expect(ok(await visitorRequest(elsewhere, "widget:hello", {})).chat).toBeNull();
    expect(await visitorRequest(elsewhere, "chat:history", { afterSeq: 0 })).toMatchObject({ ok: false, error: { code: "not_found" } });
    elsewhere.disconnect();

    const forged = await connectVisitor(server.app.url, brand.widgetKey, { visitorToken: `${token.split(".")[0]}.AAAA` });
    expect(ok(await visitorRequest(forged, "widget:hello", {})).chat).toBeNull();
    forged.disconnect();
  });

  it("masks card numbers in what the visitor writes", async () => {
    const sent = ok(await visitorRequest(visitor, "chat:send", { clientId: uuidv7(), body: "my card is 4111 1111 1111 1111" }));
    expect(sent.body).not.toContain("4111 1111 1111 1111");
  });

  it("refuses an oversize message as invalid, and the connection lives on", async () => {
    const refused = await visitorRequest(visitor, "chat:send", { clientId: uuidv7(), body: "x".repeat(200_000) });
    expect(refused.ok).toBe(false);
    expect(ok(await visitorRequest(visitor, "widget:hello", {})).chat?.conversationId).toBe(chat.conversationId);
  });

  it("ends when the visitor leaves, frees the agent's capacity, and takes a rating shown on the conversation", async () => {
    const changed = nextPush(anaSocket, "conversation:changed");
    const ended = ok(await visitorRequest(visitor, "chat:end", { clientId: uuidv7() }));
    expect(ended).toMatchObject({ phase: "ended", endedBy: "visitor" });
    expect((await changed).chatEndedAt).not.toBeNull();
    expect(ok(await request(anaSocket, "agent:state", {})).activeChats).toBe(0);
    const afterEnd = await visitorRequest(visitor, "chat:send", { clientId: uuidv7(), body: "one more thing" });
    expect(afterEnd).toMatchObject({ ok: false, error: { code: "conflict" } });
    const rated = nextPush(anaSocket, "conversation:changed");
    ok(await visitorRequest(visitor, "chat:rate", { clientId: uuidv7(), score: 4, comment: "Quick and helpful" }));
    expect((await rated).rating).toEqual({ score: 4, comment: "Quick and helpful" });
    const replyAfterEnd = await request(anaSocket, "timeline:append", { clientId: uuidv7(), conversationId: chat.conversationId, kind: "message", body: "still there?" });
    expect(replyAfterEnd).toMatchObject({ ok: false, error: { code: "conflict" } });
    visitor.disconnect();
  });

  it("ends politely for the visitor when the agent resolves it", async () => {
    const next = await connectVisitor(server.app.url, brand.widgetKey);
    const joined = nextVisitorPush(next, "chat:state", (s) => s.phase === "active");
    const started = await startChatAs(next, "Another question");
    await joined;
    const goodbye = nextVisitorPush(next, "chat:message", (m) => m.from === "system" && /ended/.test(m.body));
    const conversation = ok(await request(anaSocket, "conversation:get", { conversationId: started.chat.conversationId }));
    ok(await request(anaSocket, "conversation:setStatus", { clientId: uuidv7(), conversationId: conversation.id, status: "resolved" }));
    expect((await goodbye).body).toBe("This chat has ended. Thanks for contacting Lumen!");
    expect(ok(await visitorRequest(next, "chat:history", { afterSeq: 0 })).state).toMatchObject({ phase: "ended", endedBy: "agent" });
    next.disconnect();
  });
});

describe("limits", () => {
  it("stops a flooding visitor with a clear message", async () => {
    const flooder = await connectVisitor(server.app.url, brand.widgetKey);
    await startChatAs(flooder, "flood 0");
    const acks = [];
    for (let i = 1; i < 7; i++) acks.push(await visitorRequest(flooder, "chat:send", { clientId: uuidv7(), body: `flood ${i}` }));
    const refused = acks.find((a) => !a.ok);
    expect(refused).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringMatching(/wait \d+ s/) } });
    flooder.disconnect();
  });
});

describe("the widget handshake", () => {
  it("refuses an unknown widget key", async () => {
    await expect(connectVisitor(server.app.url, "wk_nope")).rejects.toThrow("unknown_widget_key");
  });

  it("accepts only the brand's listed sites when it lists any", async () => {
    const strict = await aChatBrand(server.database.db, "Strict", { allowedOrigins: ["https://shop.example"] });
    await expect(connectVisitor(server.app.url, strict.widgetKey, { origin: "https://evil.example" })).rejects.toThrow("origin_not_allowed");
    const allowed = await connectVisitor(server.app.url, strict.widgetKey, { origin: "https://shop.example" });
    expect(allowed.connected).toBe(true);
    allowed.disconnect();
  });

  it("asks for the name when the brand's pre-chat form does", async () => {
    const visitor = await connectVisitor(server.app.url, brand.widgetKey);
    const refused = await visitorRequest(visitor, "chat:start", { clientId: uuidv7(), body: "hi" });
    expect(refused).toMatchObject({ ok: false, error: { code: "invalid_input", message: "Please tell us your name." } });
    visitor.disconnect();
  });

  it("says closed outside the brand's hours", async () => {
    const closed = await aChatBrand(server.database.db, "Night", { hours: {} });
    const visitor = await connectVisitor(server.app.url, closed.widgetKey);
    expect(ok(await visitorRequest(visitor, "widget:hello", {})).config.availability).toEqual({ online: false, reason: "closed" });
    visitor.disconnect();
  });
});
