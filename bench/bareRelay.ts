/**
 * The bare Socket.io relay that chat.relay_p99_ratio compares the real server with, run in its own process by
 * bench/chat.ts: no database, no checks, no other pushes. It speaks just enough of the real server's two
 * namespaces for bench/chatLoadClient.ts: agents on "/" say they are available and watch the chats they are
 * given (handed out in turn); visitors on "/widget" start a chat, then each chat:send is acknowledged at once and
 * its timeline item, shaped like the real one, goes to the conversation's room. Tells its port over IPC.
 */
import { createServer } from "node:http";
import { Server, type Socket } from "socket.io";
import { v7 as uuidv7 } from "uuid";
import type { TimelineItem } from "../shared/schemas/timeline.ts";
import { toVisitorMessage } from "../server/chat/visitorView.ts";

type Ack = (response: { ok: true; data: unknown }) => void;

const http = createServer();
// the real server's transport settings (server/app/createApp.ts)
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 1_000_000 });
const agents: Socket[] = [];
let handedOut = 0;

io.on("connection", (agent) => {
  agents.push(agent);
  agent.on("agent:setStatus", (_input: unknown, ack: Ack) => ack({ ok: true, data: {} }));
  agent.on("conversation:watch", (input: { conversationId: string }, ack: Ack) => {
    void agent.join(`conversation:${input.conversationId}`);
    ack({ ok: true, data: {} });
  });
});

io.of("/widget").on("connection", (visitor) => {
  const brandId = uuidv7();
  const contactId = uuidv7();
  let conversationId = "";
  let seq = 0;
  const itemOf = (clientId: string, body: string): TimelineItem => ({
    id: uuidv7() as never,
    conversationId: conversationId as never,
    brandId: brandId as never,
    seq: ++seq,
    clientId,
    kind: "message",
    direction: "inbound",
    authorType: "contact",
    authorUserId: null,
    authorContactId: contactId as never,
    body,
    data: {},
    createdAt: new Date().toISOString() as never,
  });

  visitor.on("chat:start", (input: { clientId: string; body: string }, ack: Ack) => {
    conversationId = uuidv7();
    const message = toVisitorMessage(itemOf(input.clientId, input.body), null);
    ack({ ok: true, data: { visitorToken: "", chat: { conversationId }, message } });
    agents[handedOut++ % agents.length]!.emit("agent:notified", { kind: "assigned", conversationId });
  });
  visitor.on("chat:send", (input: { clientId: string; body: string }, ack: Ack) => {
    const item = itemOf(input.clientId, input.body);
    ack({ ok: true, data: toVisitorMessage(item, null) });
    io.to(`conversation:${conversationId}`).emit("timeline:appended", item);
  });
});

http.listen(0, "127.0.0.1", () => process.send!({ port: (http.address() as { port: number }).port }));
process.on("disconnect", () => process.exit(0));
