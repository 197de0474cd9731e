/**
 * One visitor's chat with a brand, kept in step with the server over the widget's socket. It owns the order of
 * things after a (re)connect — hello, catch up from the last seq seen, then send what the outbox holds — and the
 * outbox's delivery: one message at a time, retried by the requester while the socket is up, stopped by a refusal.
 * It decides nothing about the chat itself; the server's ChatState says what phase it is in.
 */
import { v7 as uuidv7 } from "uuid";
import type { Ack } from "../../shared/contract/define.ts";
import { isTransient } from "../../shared/contract/errorCodes.ts";
import type { ChatState, VisitorMessage, WidgetConfig } from "../../shared/schemas/chat.ts";
import { createWidgetRequest, type WidgetSocket } from "./connection.ts";
import * as outboxOf from "./outbox.ts";
import type { WidgetStorage } from "./storage.ts";
import { createStore, type Store } from "./store.ts";
import { lastSeq, mergeMessages, newerChat, withDelivered } from "./transcript.ts";
import { createTypingSignal } from "./typing.ts";

export type ConnectionPhase = "connecting" | "connected" | "reconnecting" | "refused";

export interface WidgetState {
  connection: ConnectionPhase;
  config: WidgetConfig | null;
  chat: ChatState | null;
  messages: VisitorMessage[];
  outbox: outboxOf.Outbox;
  /** the agent's name while they type */
  agentTyping: string | null;
  /** the newest seq the visitor has seen in this chat */
  readSeq: number;
  /** why the chat could not start, with everything the visitor wrote, for the pre-chat form */
  startRefusal: { message: string; body: string; name?: string; email?: string } | null;
}

export interface VisitorDetails {
  name?: string;
  email?: string;
}

export type Session = ReturnType<typeof createSession>;

/** Wait before connecting again after the server closed the socket or was unavailable at the handshake, in ms. */
const RECONNECT_AFTER_MS = 3_000;
/** The agent's indicator goes out by itself if their "stopped" is lost on the way, in ms. */
const AGENT_TYPING_EXPIRES_MS = 10_000;
/** The handshake refusal that says "try again later" rather than "this widget is not welcome here". */
const HANDSHAKE_UNAVAILABLE = "unavailable";

export function createSession(socket: WidgetSocket, storage: WidgetStorage) {
  const request = createWidgetRequest(socket);
  const store: Store<WidgetState> = createStore<WidgetState>({
    connection: "connecting",
    config: null,
    chat: null,
    messages: [],
    outbox: storage.outbox(),
    agentTyping: null,
    readSeq: 0,
    startRefusal: null,
  });
  /** the newest seq the server has acknowledged as read */
  let readAcknowledged = 0;
  let pumping = false;
  let agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
  /** a chat the visitor left with "Start a new chat": the server may still name it until a new one starts */
  let leftConversationId: string | null = null;

  const typingSignal = createTypingSignal((typing) => {
    const chat = store.get().chat;
    if (chat && chat.phase !== "ended") void request("chat:typing", { typing });
  });

  function setOutbox(outbox: outboxOf.Outbox): void {
    store.set({ outbox });
    storage.saveOutbox(outbox);
  }

  function receive(incoming: readonly VisitorMessage[]): void {
    const state = store.get();
    const messages = mergeMessages(state.messages, incoming);
    if (messages === state.messages) return;
    const agentSpoke = incoming.some((m) => m.from === "agent");
    store.set({ messages, ...(agentSpoke ? { agentTyping: null } : {}) });
    const outbox = outboxOf.withoutDelivered(state.outbox, incoming);
    if (outbox !== state.outbox) setOutbox(outbox);
  }

  function applyChat(chat: ChatState): void {
    if (chat.conversationId === leftConversationId) return;
    const previous = store.get().chat;
    if (previous && previous.conversationId !== chat.conversationId) {
      // another chat than the one on screen (started in another tab): its transcript starts over
      readAcknowledged = 0;
      store.set({ messages: [], readSeq: 0 });
    }
    if (!previous || previous.conversationId !== chat.conversationId) {
      const mark = storage.readMark();
      const readSeq = mark?.conversationId === chat.conversationId ? mark.seq : 0;
      readAcknowledged = readSeq;
      store.set({ readSeq });
    }
    store.set({ chat: newerChat(store.get().chat, chat) });
  }

  /** After every (re)connect: the config and chat, the messages missed meanwhile, then the outbox. */
  async function sync(): Promise<void> {
    const hello = await request("widget:hello", {}, { retries: Infinity });
    if (!hello.ok) {
      // transient: the socket went down, and the next connect syncs again
      if (!isTransient(hello.error.code)) refused(hello.error.message);
      return;
    }
    store.set({ config: hello.data.config });
    const chat = hello.data.chat && hello.data.chat.conversationId !== leftConversationId ? hello.data.chat : null;
    if (chat) {
      applyChat(chat);
      await catchUp();
    } else if (store.get().chat) {
      // the server no longer knows the chat (its token expired): the visitor starts afresh
      store.set({ chat: null, messages: [] });
    }
    void pump();
  }

  /**
   * Everything after the last seq seen, page by page. The chat's lastSeq counts items the visitor never sees
   * (notes), so a page that ends short of it is followed by one more, which comes back empty.
   */
  async function catchUp(): Promise<void> {
    for (;;) {
      const history = await request("chat:history", { afterSeq: lastSeq(store.get().messages) });
      if (!history.ok) return;
      receive(history.data.items);
      applyChat(history.data.state);
      if (history.data.items.length === 0 || lastSeq(store.get().messages) >= history.data.state.lastSeq) return;
    }
  }

  /** Retried until answered while the socket is up and the message is still the next to send, then one refusal. */
  async function deliver(entry: outboxOf.OutboxEntry): Promise<Ack<unknown>> {
    const options = { retries: Infinity, stillWanted: () => outboxOf.nextToSend(store.get().outbox)?.clientId === entry.clientId };
    if (entry.start) {
      const started = await request("chat:start", { clientId: entry.clientId, body: entry.body, ...entry.start }, options);
      if (started.ok) {
        storage.saveVisitorToken(started.data.visitorToken);
        applyChat(started.data.chat);
        receive([started.data.message]);
      }
      return started;
    }
    const sent = await request("chat:send", { clientId: entry.clientId, body: entry.body }, options);
    if (sent.ok) receive([sent.data]);
    return sent;
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      for (let entry = outboxOf.nextToSend(store.get().outbox); entry && socket.connected; entry = outboxOf.nextToSend(store.get().outbox)) {
        const result = await deliver(entry);
        // a transient failure comes back only once the socket is down or the message left the outbox
        if (result.ok || isTransient(result.error.code)) continue;
        if (entry.start) {
          refuseStart(entry, result.error.message);
        } else {
          setOutbox(outboxOf.refuse(store.get().outbox, entry.clientId, result.error));
        }
      }
    } finally {
      pumping = false;
    }
  }

  /** The chat never began: back to the form with the reason and everything written since, so nothing is lost. */
  function refuseStart(entry: outboxOf.OutboxEntry, message: string): void {
    const body = store.get().outbox.map((e) => e.body).join("\n");
    store.set({ startRefusal: { message, body, ...entry.start } });
    setOutbox([]);
  }

  function refused(message: string): void {
    store.set({ connection: "refused" });
    // the host page's console is the one place a brand's developer will look for why the widget stays hidden
    console.warn(`Switchboard chat widget: ${message}`);
  }

  socket.on("connect", () => {
    store.set({ connection: "connected" });
    void sync();
  });
  socket.on("disconnect", (reason) => {
    store.set({ connection: "reconnecting", agentTyping: null });
    // socket.io leaves a disconnect by the server (a restart, a deploy) to us; anything else it retries itself
    if (reason === "io server disconnect") setTimeout(() => socket.connect(), RECONNECT_AFTER_MS);
  });
  socket.on("connect_error", (error) => {
    // active: a network failure that socket.io keeps retrying; otherwise the server refused the handshake
    if (socket.active) return;
    if (error.message === HANDSHAKE_UNAVAILABLE) setTimeout(() => socket.connect(), RECONNECT_AFTER_MS);
    else refused(error.message);
  });
  // the socket stayed up, yet messages from other server processes were lost: catch up as after a reconnect
  socket.on("chat:resync", () => {
    if (store.get().chat) void catchUp();
  });
  socket.on("chat:message", (message) => receive([message]));
  socket.on("chat:state", applyChat);
  socket.on("chat:delivered", (delivered) => store.set({ chat: withDelivered(store.get().chat, delivered) }));
  socket.on("chat:agentTyping", ({ typing, agentName }) => {
    clearTimeout(agentTypingTimer);
    store.set({ agentTyping: typing ? agentName : null });
    if (typing) agentTypingTimer = setTimeout(() => store.set({ agentTyping: null }), AGENT_TYPING_EXPIRES_MS);
  });

  return {
    store,
    connect: () => socket.connect(),

    /** A message from the composer; the first one of a visitor without a chat starts it. */
    send(body: string, details: VisitorDetails = {}): void {
      const { chat, outbox } = store.get();
      const starting = !chat && !outbox.some((e) => e.start);
      store.set({ startRefusal: null });
      typingSignal.stop();
      setOutbox(outboxOf.enqueue(outbox, { clientId: uuidv7(), body, start: starting ? details : null }));
      void pump();
    },
    retry(clientId: string): void {
      setOutbox(outboxOf.retry(store.get().outbox, clientId));
      void pump();
    },
    remove(clientId: string): void {
      setOutbox(outboxOf.remove(store.get().outbox, clientId));
    },
    typing: () => typingSignal.input(),

    /** Called while the panel is open and the page visible: everything on screen counts as seen. */
    markRead(): void {
      const { chat, messages, readSeq } = store.get();
      const seq = lastSeq(messages);
      if (!chat) return;
      if (seq > readSeq) {
        store.set({ readSeq: seq });
        storage.saveReadMark({ conversationId: chat.conversationId, seq });
      }
      if (seq <= readAcknowledged || !socket.connected) return;
      const before = readAcknowledged;
      readAcknowledged = seq;
      void request("chat:read", { seq }).then((ack) => {
        // not acknowledged: the next call, after the reconnect, sends it again
        if (!ack.ok && readAcknowledged === seq) readAcknowledged = before;
      });
    },

    async endChat(): Promise<Ack<ChatState>> {
      typingSignal.stop();
      const ended = await request("chat:end", { clientId: uuidv7() });
      if (ended.ok) applyChat(ended.data);
      return ended;
    },

    async rate(score: number, comment: string): Promise<Ack<ChatState>> {
      const rated = await request("chat:rate", { clientId: uuidv7(), score, comment });
      if (rated.ok) applyChat(rated.data);
      return rated;
    },

    /** clientId from the caller, kept across the visitor's retries of one form, so a repeat is the same message */
    leaveMessage(clientId: string, message: { name?: string; email: string; body: string }) {
      return request("chat:leaveMessage", { clientId, ...message });
    },

    /** After an ended chat: the pre-chat form again; the server makes a new conversation at chat:start. */
    newChat(): void {
      leftConversationId = store.get().chat?.conversationId ?? null;
      readAcknowledged = 0;
      store.set({ chat: null, messages: [], readSeq: 0, agentTyping: null, startRefusal: null });
      setOutbox([]);
    },
  };
}
