import { describe, expect, it } from "vitest";
import { aConversation, conversationId } from "../../testing/builders.ts";
import { compareFor } from "./order.ts";

describe("compareFor", () => {
  const early = aConversation({ id: conversationId(5) as never, attentionAt: "2026-03-02T10:01:00.000Z", lastActivityAt: "2026-03-02T09:00:00.000Z" });
  const late = aConversation({ id: conversationId(1) as never, attentionAt: "2026-03-02T11:00:00.000Z", lastActivityAt: "2026-03-02T10:30:00.000Z" });
  const tie = aConversation({ id: conversationId(2) as never, attentionAt: "2026-03-02T11:00:00.000Z", lastActivityAt: "2026-03-02T10:30:00.000Z" });

  it("puts the soonest due first, then the lower id", () => {
    expect([tie, late, early].sort(compareFor("attention")).map((c) => c.id)).toEqual([early.id, late.id, tie.id]);
  });

  it("puts the latest activity first, then the higher id", () => {
    expect([early, late, tie].sort(compareFor("newest")).map((c) => c.id)).toEqual([tie.id, late.id, early.id]);
  });
});
