import { describe, expect, it } from "vitest";
import type { TimelinePage } from "../../../shared/schemas/timeline.ts";
import { anItem, conversationId } from "../../../shared/testing/builders.ts";
import { fakeRequest, ok, refused } from "../../testing/fakeRequest.ts";
import { createTimelineSession } from "./timelineSession.ts";

const id = conversationId(1);
const seqs = (session: { timeline: () => { items: { seq: number }[] } }) => session.timeline().items.map((item) => item.seq);
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => anItem(from + i));

/** A server whose conversation holds items 1..lastSeq, paging like the real one. */
function server(lastSeq: { value: number }) {
  return fakeRequest({
    "conversation:watch": () => ok({ lastSeq: lastSeq.value, lastReadSeq: 0 }),
    "conversation:unwatch": () => ok({}),
    "timeline:list": (input) => {
      const after = input.afterSeq ?? 0;
      const limit = input.limit ?? 100;
      const items = range(after + 1, Math.min(lastSeq.value, after + limit));
      return ok<TimelinePage>({ items, lastSeq: items.at(-1)?.seq ?? after, hasMore: after + limit < lastSeq.value });
    },
    "timeline:before": (input) => {
      const limit = input.limit ?? 100;
      const from = Math.max(1, input.beforeSeq - limit);
      return ok<TimelinePage>({ items: range(from, input.beforeSeq - 1), lastSeq: input.beforeSeq - 1, hasMore: from > 1 });
    },
  });
}

describe("opening", () => {
  it("watches, then lists a short conversation from the start", async () => {
    const fake = server({ value: 12 });
    const session = createTimelineSession(id, fake);
    await session.open();
    expect(fake.calls.map((c) => c.event)).toEqual(["conversation:watch", "timeline:list"]);
    expect(seqs(session)).toEqual(range(1, 12).map((i) => i.seq));
    expect(session.timeline().hasOlder).toBe(false);
  });

  it("loads only the newest page of a long one, and older pages on demand", async () => {
    const fake = server({ value: 450 });
    const session = createTimelineSession(id, fake);
    await session.open();
    expect(fake.callsOf("timeline:before")[0]).toMatchObject({ beforeSeq: 451, limit: 100 });
    expect(seqs(session)[0]).toBe(351);
    expect(session.timeline().hasOlder).toBe(true);
    await session.loadOlder();
    expect(seqs(session)[0]).toBe(251);
    expect(seqs(session).at(-1)).toBe(450);
  });

  it("says why it could not open", async () => {
    const fake = fakeRequest({ "conversation:watch": () => refused("not_found", "Conversation not found.") });
    const session = createTimelineSession(id, fake);
    await session.open();
    expect(session.status()).toBe("failed");
    expect(session.problem()).toBe("Conversation not found.");
  });
});

describe("pushes", () => {
  it("appends in seq order and never twice", async () => {
    const lastSeq = { value: 3 };
    const session = createTimelineSession(id, server(lastSeq));
    await session.open();
    session.deliver(anItem(4));
    session.deliver(anItem(4));
    session.deliver(anItem(3));
    expect(seqs(session)).toEqual([1, 2, 3, 4]);
  });

  it("fetches the gap a push reveals", async () => {
    const lastSeq = { value: 3 };
    const fake = server(lastSeq);
    const session = createTimelineSession(id, fake);
    await session.open();
    lastSeq.value = 7;
    session.deliver(anItem(7));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.callsOf("timeline:list").at(-1)).toMatchObject({ afterSeq: 3 });
    expect(seqs(session)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("keeps pushes that arrive while the first page loads", async () => {
    const lastSeq = { value: 2 };
    const fake = server(lastSeq);
    const session = createTimelineSession(id, fake);
    const opening = session.open();
    session.deliver(anItem(3));
    lastSeq.value = 3;
    await opening;
    expect(seqs(session)).toEqual([1, 2, 3]);
  });

  it("ignores items of another conversation", async () => {
    const session = createTimelineSession(id, server({ value: 1 }));
    await session.open();
    session.deliver(anItem(2, { conversationId: conversationId(9) as never }));
    expect(seqs(session)).toEqual([1]);
  });
});

describe("after a reconnect", () => {
  it("watches again and catches up from the last seq held", async () => {
    const lastSeq = { value: 5 };
    const fake = server(lastSeq);
    const session = createTimelineSession(id, fake);
    await session.open();
    lastSeq.value = 9;
    await session.resume();
    expect(fake.callsOf("conversation:watch")).toHaveLength(2);
    expect(fake.callsOf("timeline:list").at(-1)).toMatchObject({ afterSeq: 5 });
    expect(seqs(session)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("asks for nothing more when nothing happened", async () => {
    const fake = server({ value: 5 });
    const session = createTimelineSession(id, fake);
    await session.open();
    await session.resume();
    expect(fake.callsOf("timeline:list")).toHaveLength(1);
  });
});
