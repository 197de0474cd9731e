import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { toVisitorMessage } from "./visitorView.ts";

const base = {
  id: "0190a000-0000-7000-8000-000000000001",
  conversationId: "c",
  brandId: "b",
  seq: 4,
  clientId: "0190a000-0000-7000-8000-0000000000aa",
  authorUserId: null,
  authorContactId: null,
  body: "",
  data: {},
  createdAt: "2026-03-02T09:00:00.000Z",
} as unknown as TimelineItem;
const item = (over: Partial<TimelineItem>) => ({ ...base, ...over }) as TimelineItem;

describe("toVisitorMessage", () => {
  it("shows the visitor's own message without a name", () => {
    expect(toVisitorMessage(item({ kind: "message", direction: "inbound", authorType: "contact", body: "hi" }), "ignored")).toMatchObject({ from: "visitor", authorName: null, body: "hi", seq: 4 });
  });

  it("shows an agent's reply with the agent's name", () => {
    expect(toVisitorMessage(item({ kind: "message", direction: "outbound", authorType: "user", body: "hello" }), "Ana Souza")).toMatchObject({ from: "agent", authorName: "Ana Souza" });
  });

  it("never shows an internal note", () => {
    expect(toVisitorMessage(item({ kind: "note", direction: null, authorType: "user", body: "customer is angry" }), "Ana")).toBeNull();
  });

  it("shows an event only through the words written for the visitor", () => {
    expect(toVisitorMessage(item({ kind: "assignment", direction: null, authorType: "system", data: { to: "u", visitorText: "Ana joined the chat" } }), null)).toMatchObject({
      from: "system",
      body: "Ana joined the chat",
    });
    expect(toVisitorMessage(item({ kind: "statusChange", direction: null, authorType: "user", data: { to: "pending" } }), null)).toBeNull();
  });
});
