import { describe, expect, it } from "vitest";
import { BACK_IN_QUEUE, chatHasEnded, withChatLifecycle, type ChatChange } from "./lifecycle.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const NOW = now.toISOString();
const EARLIER = "2026-03-02T08:50:00.000Z";
const context = { now, brandName: "Lumen Fibre", assigneeName: "Ana Souza" };
const queued = { channel: "chat" as const, status: "open" as const, assigneeId: null, queuedAt: EARLIER, chatEndedAt: null };
const active = { ...queued, assigneeId: "ana", queuedAt: null };
const change = (columns: ChatChange["columns"]): ChatChange => ({ columns, item: { data: { from: "x" } } });

describe("withChatLifecycle", () => {
  it("takes an assigned chat out of the queue and tells the visitor who joined", () => {
    expect(withChatLifecycle(queued, change({ assigneeId: "ana" }), context)).toEqual({
      columns: { assigneeId: "ana", queuedAt: null, queuePriority: 0, releasedBy: null },
      item: { data: { from: "x", visitorText: "Ana Souza joined the chat" } },
    });
  });

  it("puts a chat that loses its agent back first in line", () => {
    expect(withChatLifecycle(active, change({ assigneeId: null }), context)).toEqual({
      columns: { assigneeId: null, queuedAt: NOW, queuePriority: 1, releasedBy: "ana" },
      item: { data: { from: "x", visitorText: BACK_IN_QUEUE } },
    });
  });

  it("ends the chat for the visitor when it is resolved", () => {
    expect(withChatLifecycle(active, change({ status: "resolved" }), context)).toEqual({
      columns: { status: "resolved", chatEndedAt: NOW, chatEndedBy: "agent", queuedAt: null, queuePriority: 0, releasedBy: null },
      item: { data: { from: "x", visitorText: "This chat has ended. Thanks for contacting Lumen Fibre!" } },
    });
  });

  it("takes a chat set aside as pending out of the queue, saying nothing", () => {
    expect(withChatLifecycle(queued, change({ status: "pending" }), context)).toEqual({
      columns: { status: "pending", queuedAt: null, queuePriority: 0, releasedBy: null },
      item: { data: { from: "x" } },
    });
  });

  it("queues an unassigned chat that is opened again", () => {
    const pending = { ...queued, status: "pending" as const, queuedAt: null };
    expect(withChatLifecycle(pending, change({ status: "open" }), context).columns).toEqual({ status: "open", queuedAt: NOW, queuePriority: 1, releasedBy: null });
  });

  it("leaves a chat whose visitor has gone as it is", () => {
    const ended = { ...active, chatEndedAt: EARLIER };
    expect(withChatLifecycle(ended, change({ assigneeId: null }), context)).toEqual(change({ assigneeId: null }));
  });

  it("leaves other channels as they are", () => {
    const email = { ...active, channel: "email" as const };
    expect(withChatLifecycle(email, change({ status: "resolved" }), context)).toEqual(change({ status: "resolved" }));
  });
});

describe("chatHasEnded", () => {
  it.each<[channel: "chat" | "email" | "phone", chatEndedAt: string | null, ended: boolean]>([
    ["chat", null, false],
    ["chat", EARLIER, true],
    ["email", null, false],
    ["email", EARLIER, false],
    ["phone", null, false],
  ])("%s ended at %s: %s", (channel, chatEndedAt, ended) => {
    expect(chatHasEnded({ channel, chatEndedAt })).toBe(ended);
  });
});
