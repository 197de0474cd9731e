import { describe, expect, it } from "vitest";
import { aRow } from "../../../shared/testing/builders.ts";
import { chatRowState } from "./chatRow.ts";

const now = new Date("2026-03-02T10:04:30Z");
const chat = (overrides: Parameters<typeof aRow>[0] = {}) =>
  aRow({ channel: "chat", status: "open", lastActivityAt: "2026-03-02T10:00:00Z", queuedAt: null, chatEndedAt: null, ...overrides });

describe("chatRowState", () => {
  it("is nothing for emails and calls", () => {
    expect(chatRowState(chat({ channel: "email" }), now)).toBeNull();
    expect(chatRowState(chat({ channel: "phone" }), now)).toBeNull();
  });

  it("ages an open chat since its last activity", () => {
    expect(chatRowState(chat(), now)).toEqual({ idle: { short: "idle 4m", long: "idle for 4 minutes" }, queued: false, ended: false });
    expect(chatRowState(chat({ lastActivityAt: "2026-03-02T10:04:00Z" }), now)?.idle).toEqual({ short: "active", long: "active in the last minute" });
  });

  it("marks a queued chat", () => {
    expect(chatRowState(chat({ queuedAt: "2026-03-02T10:00:00Z" }), now)).toMatchObject({ queued: true, ended: false });
  });

  it("stops the idle clock once the visitor left, or the chat is not open", () => {
    expect(chatRowState(chat({ chatEndedAt: "2026-03-02T10:02:00Z", queuedAt: "2026-03-02T10:00:00Z" }), now)).toEqual({ idle: null, queued: false, ended: true });
    expect(chatRowState(chat({ status: "pending" }), now)?.idle).toBeNull();
  });
});
