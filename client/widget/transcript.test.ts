import { describe, expect, it } from "vitest";
import type { VisitorMessage } from "../../shared/schemas/chat.ts";
import type { OutboxEntry } from "./outbox.ts";
import type { ChatState } from "../../shared/schemas/chat.ts";
import { deliveryOf, lastSeq, mergeMessages, newerChat, transcriptLines, unreadCount, withDelivered } from "./transcript.ts";

const at = "2026-03-02T10:00:00.000Z";
const visitor = (seq: number, clientId = `c${seq}`, body = `visitor ${seq}`): VisitorMessage => ({
  id: `m${seq}`, seq, clientId, from: "visitor", authorName: null, body, at,
});
const agent = (seq: number, authorName = "Ana"): VisitorMessage => ({
  id: `m${seq}`, seq, clientId: `a${seq}`, from: "agent", authorName, body: `agent ${seq}`, at,
});
const system = (seq: number): VisitorMessage => ({ id: `m${seq}`, seq, clientId: `s${seq}`, from: "system", authorName: null, body: "Ana joined the chat", at });
const pending = (clientId: string, refusal: OutboxEntry["refusal"] = null): OutboxEntry => ({ clientId, body: `pending ${clientId}`, start: null, refusal });

describe("mergeMessages", () => {
  it("orders by seq whatever the arrival order", () => {
    expect(mergeMessages([visitor(3)], [agent(1), visitor(2)]).map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it("keeps a message once when the ack, the push and the catch-up all bring it", () => {
    const afterAck = mergeMessages([], [visitor(1)]);
    const afterPush = mergeMessages(afterAck, [visitor(1)]);
    const afterHistory = mergeMessages(afterPush, [visitor(1), agent(2)]);
    expect(afterHistory.map((m) => m.seq)).toEqual([1, 2]);
  });

  it("keeps a visitor message once even if it came back under another seq", () => {
    expect(mergeMessages([visitor(1, "same")], [visitor(4, "same")]).map((m) => m.seq)).toEqual([1]);
  });

  it("returns the same array when nothing is new, so nothing redraws", () => {
    const current = [visitor(1), agent(2)];
    expect(mergeMessages(current, [agent(2)])).toBe(current);
  });

  it("dedupes within one batch too", () => {
    expect(mergeMessages([], [agent(1), agent(1)])).toHaveLength(1);
  });
});

describe("lastSeq and unreadCount", () => {
  it("is 0 before anything was seen", () => expect(lastSeq([])).toBe(0));
  it("is the highest seq", () => expect(lastSeq(mergeMessages([], [agent(5), visitor(2)]))).toBe(5));
  it("counts only the agent's messages after the read mark", () => {
    expect(unreadCount([agent(1), visitor(2), system(3), agent(4), agent(5)], 1)).toBe(2);
  });
});

describe("deliveryOf", () => {
  it.each([
    [3, { deliveredSeq: 2, readSeq: 1 }, "sent"],
    [2, { deliveredSeq: 2, readSeq: 1 }, "delivered"],
    [1, { deliveredSeq: 2, readSeq: 1 }, "read"],
    [1, null, "sent"],
  ] as const)("seq %i with marks %o is %s", (seq, marks, expected) => {
    expect(deliveryOf(visitor(seq), marks)).toBe(expected);
  });
});

describe("transcriptLines", () => {
  it("shows the agent's name once per run of their messages", () => {
    const lines = transcriptLines([agent(1), agent(2), visitor(3), agent(4), agent(5, "Ben")], [], null);
    expect(lines.map((l) => l.author)).toEqual(["Ana", null, null, "Ana", "Ben"]);
  });

  it("puts unacknowledged messages last, as sending, keyed by clientId like their acked form", () => {
    const lines = transcriptLines([visitor(1, "x")], [pending("y")], { deliveredSeq: 1, readSeq: 0 });
    expect(lines.map((l) => [l.key, l.delivery])).toEqual([["c:x", "delivered"], ["c:y", "sending"]]);
  });

  it("hides an outbox entry the server has already numbered", () => {
    const lines = transcriptLines([visitor(1, "x")], [pending("x")], null);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.delivery).toBe("sent");
  });

  it("shows a refusal with the server's words; only a rate limit may be tried again", () => {
    const lines = transcriptLines([], [pending("a", { code: "rate_limited", message: "Slow down a little." }), pending("b", { code: "payload_too_large", message: "Too long." })], null);
    expect(lines.map((l) => [l.delivery, l.error, l.retryable])).toEqual([
      ["failed", "Slow down a little.", true],
      ["failed", "Too long.", false],
    ]);
  });

  it("gives system lines and agent lines no delivery marks", () => {
    expect(transcriptLines([system(1), agent(2)], [], null).map((l) => l.delivery)).toEqual([null, null]);
  });
});

describe("withDelivered", () => {
  const chat = { conversationId: "conv-1", phase: "active", queuePosition: null, agentName: "Ana", lastSeq: 5, deliveredSeq: 3, readSeq: 1, endedBy: null, rating: null } as ChatState;

  it("moves the delivered mark forward", () => {
    expect(withDelivered(chat, { conversationId: "conv-1", seq: 5 })?.deliveredSeq).toBe(5);
  });

  it("never moves it back, when marks arrive out of order", () => {
    expect(withDelivered(chat, { conversationId: "conv-1", seq: 2 })).toBe(chat);
  });

  it("ignores a mark of another chat, and a mark before any chat", () => {
    expect(withDelivered(chat, { conversationId: "conv-2", seq: 9 })).toBe(chat);
    expect(withDelivered(null, { conversationId: "conv-1", seq: 9 })).toBeNull();
  });
});

describe("newerChat", () => {
  const queued = { conversationId: "conv-1", phase: "queued", queuePosition: 1, agentName: null, lastSeq: 1, deliveredSeq: 0, readSeq: 0, endedBy: null, rating: null } as ChatState;
  const joined = { ...queued, phase: "active", queuePosition: null, agentName: "Tom", lastSeq: 2, deliveredSeq: 1 } as ChatState;

  it("takes a state that has seen as many items or more", () => {
    expect(newerChat(queued, joined)).toEqual(joined);
    expect(newerChat(joined, { ...joined, readSeq: 1 }).readSeq).toBe(1);
  });

  it("keeps the agent who joined when the older state of the start arrives after it", () => {
    expect(newerChat(joined, queued)).toEqual(joined);
  });

  it("never moves a mark back", () => {
    const read = { ...joined, readSeq: 1 };
    expect(newerChat(read, { ...joined, lastSeq: 3, deliveredSeq: 1, readSeq: 0 })).toEqual({ ...joined, lastSeq: 3, deliveredSeq: 1, readSeq: 1 });
    expect(newerChat(read, queued)).toBe(read);
  });

  it("takes any state of another chat, or the first one", () => {
    const other = { ...queued, conversationId: "conv-2" } as ChatState;
    expect(newerChat(joined, other)).toBe(other);
    expect(newerChat(null, queued)).toBe(queued);
  });
});
