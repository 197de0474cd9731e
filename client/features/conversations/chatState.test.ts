import { describe, expect, it } from "vitest";
import { aConversation } from "../../../shared/testing/builders.ts";
import { chatPhaseOf, describeChatPhase, ratingLabel, ratingText, ratingTone } from "./chatState.ts";

const chat = (overrides: Parameters<typeof aConversation>[0] = {}) =>
  aConversation({ channel: "chat", queuedAt: null, chatEndedAt: null, rating: null, ...overrides });

describe("chatPhaseOf", () => {
  it.each([
    ["an email", { channel: "email" as const, queuedAt: "2026-03-02T10:00:00Z" }, null],
    ["a chat in the queue", { queuedAt: "2026-03-02T10:00:00Z" }, { phase: "queued", since: "2026-03-02T10:00:00Z" }],
    ["a chat with its agent", {}, { phase: "live" }],
    ["a chat the visitor left", { chatEndedAt: "2026-03-02T10:20:00Z" }, { phase: "ended", at: "2026-03-02T10:20:00Z" }],
    ["an ended chat still marked queued", { queuedAt: "2026-03-02T10:00:00Z", chatEndedAt: "2026-03-02T10:05:00Z" }, { phase: "ended", at: "2026-03-02T10:05:00Z" }],
  ])("%s", (_, overrides, expected) => {
    expect(chatPhaseOf(chat(overrides))).toEqual(expected);
  });
});

describe("describeChatPhase", () => {
  const now = new Date("2026-03-02T10:03:20Z");
  it("says since when a chat waits, and for how long", () => {
    const text = describeChatPhase({ phase: "queued", since: "2026-03-02T10:00:00Z" }, now, "UTC");
    expect(text.text).toMatch(/^Waiting in queue since 10:00/);
    expect(text.detail).toBe("for 3 min");
  });

  it("says when the chat ended, and nothing more for a live one", () => {
    const ended = describeChatPhase({ phase: "ended", at: "2026-03-02T10:20:00Z" }, now, "UTC");
    expect(ended.text).toBe("Ended");
    expect(ended.detail).toMatch(/10:20/);
    expect(describeChatPhase({ phase: "live" }, now)).toEqual({ text: "Visitor in chat", detail: null });
  });
});

describe("ratings", () => {
  it("reads as stars and in words, toned by score", () => {
    expect(ratingText({ score: 4, comment: "" })).toBe("★ 4/5");
    expect(ratingLabel({ score: 4, comment: "" })).toBe("Rated 4 out of 5");
    expect([5, 4, 3, 2, 1].map((score) => ratingTone({ score, comment: "" }))).toEqual(["good", "good", "neutral", "poor", "poor"]);
  });
});
