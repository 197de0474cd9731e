import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { ConsoleServer } from "../handlers/sockets.ts";
import { createMessageAnnouncer } from "./messageAnnouncer.ts";
import type { VisitorPushes } from "./visitorPushes.ts";

interface Sent {
  room: string;
  event: string;
  payload: unknown;
}

const conversation = (id: string, brandId: string, version: number, assigneeId: string | null = "agent-1") =>
  ({ id, brandId, version, assigneeId, contactName: "Vera", lastPreview: "" }) as unknown as Conversation;
const item = (conversationId: string, seq: number, body = `message ${seq}`) =>
  ({ id: `item-${conversationId}-${seq}`, conversationId, seq, body, createdAt: "2026-03-02T10:00:00.000Z" }) as unknown as TimelineItem;

describe("message announcer", () => {
  let sent: Sent[];
  let delivered: Array<[string, number]>;
  let announcer: ReturnType<typeof createMessageAnnouncer>;
  let rounds: Promise<void>[];

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    delivered = [];
    const io = { to: (room: string) => ({ emit: (event: string, payload: unknown) => sent.push({ room, event, payload }) }) } as unknown as ConsoleServer;
    const visitors = { delivered: (conversationId: string, seq: number) => delivered.push([conversationId, seq]) } as unknown as VisitorPushes;
    rounds = [];
    announcer = createMessageAnnouncer({ io, visitors, track: (round) => void rounds.push(round) });
  });

  afterEach(() => vi.useRealTimers());

  const events = (event: string) => sent.filter((s) => s.event === event);

  it("sends the item to the conversation's watchers and the delivered mark to the visitor at once", () => {
    announcer.announce(item("c1", 1), conversation("c1", "b1", 2));

    expect(events("timeline:appended")).toEqual([{ room: "conversation:c1", event: "timeline:appended", payload: item("c1", 1) }]);
    expect(delivered).toEqual([["c1", 1]]);
  });

  it("marks nothing delivered while the chat waits for an agent", () => {
    announcer.announce(item("c1", 1), conversation("c1", "b1", 2, null));

    expect(delivered).toEqual([]);
  });

  it("announces a burst per conversation: one row push per brand with each newest snapshot, one notification each", async () => {
    announcer.announce(item("c1", 1), conversation("c1", "b1", 2));
    announcer.announce(item("c1", 2, "latest words"), conversation("c1", "b1", 3));
    announcer.announce(item("c2", 1), conversation("c2", "b2", 2, null));
    await vi.advanceTimersByTimeAsync(0);

    expect(events("conversations:changed")).toEqual([
      { room: "brand:b1", event: "conversations:changed", payload: { conversations: [conversation("c1", "b1", 3)] } },
      { room: "brand:b2", event: "conversations:changed", payload: { conversations: [conversation("c2", "b2", 2, null)] } },
    ]);
    expect(events("agent:notified")).toEqual([
      { room: "user:agent-1", event: "agent:notified", payload: expect.objectContaining({ kind: "customerReplied", conversationId: "c1", preview: "latest words" }) },
    ]);
  });

  it("keeps the newer snapshot when commits finish out of order", async () => {
    announcer.announce(item("c1", 2), conversation("c1", "b1", 3));
    announcer.announce(item("c1", 1), conversation("c1", "b1", 2));
    await vi.advanceTimersByTimeAsync(0);

    expect(events("conversations:changed")[0]!.payload).toEqual({ conversations: [conversation("c1", "b1", 3)] });
  });

  it("holds the next round until 100 ms after the last", async () => {
    announcer.announce(item("c1", 1), conversation("c1", "b1", 2));
    await vi.advanceTimersByTimeAsync(0);
    announcer.announce(item("c1", 2), conversation("c1", "b1", 3));
    await vi.advanceTimersByTimeAsync(60);
    expect(events("conversations:changed")).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(40);
    expect(events("conversations:changed")).toHaveLength(2);
  });

  it("hands each round over as pending work that settles once the round is sent", async () => {
    announcer.announce(item("c1", 1), conversation("c1", "b1", 2));
    announcer.announce(item("c1", 2), conversation("c1", "b1", 3));
    expect(rounds).toHaveLength(1);
    let sentWhenSettled: number | undefined;
    const settled = rounds[0]!.then(() => (sentWhenSettled = events("conversations:changed").length));
    await vi.advanceTimersByTimeAsync(0);
    await settled;
    expect(sentWhenSettled).toBe(1);
  });
});
