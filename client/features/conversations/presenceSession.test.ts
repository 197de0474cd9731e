import { describe, expect, it } from "vitest";
import { createRoot } from "solid-js";
import { ids } from "../../../shared/testing/builders.ts";
import { createPresenceSession } from "./presenceSession.ts";

describe("a chat visitor in the presence session", () => {
  it("shows the visitor typing beside teammates, says nothing back, and drops them when they stop", () => {
    const sent: unknown[] = [];
    createRoot((dispose) => {
      const session = createPresenceSession("c1", { request: (async (_event: string, payload: unknown) => void sent.push(payload)) as never, selfId: ids.ana, now: () => 1_000 });
      session.visitorTyping("Vera Visitor", true);
      expect(session.active().map((p) => `${p.userName}:${p.state}`)).toEqual(["Vera Visitor:typing"]);
      session.visitorTyping("Vera Visitor", false);
      expect(session.active()).toEqual([]);
      expect(sent).toEqual([]);
      dispose();
    });
  });
});

describe("what the presence session says of its own agent", () => {
  function aSession() {
    const sent: { state: string; composing: string }[] = [];
    let clock = 1_000;
    const session = createPresenceSession("c1", {
      request: (async (_event: string, payload: { state: string; composing: string }) => void sent.push({ state: payload.state, composing: payload.composing })) as never,
      selfId: ids.ana,
      now: () => clock,
    });
    return { session, sent, later: (ms: number) => (clock += ms) };
  }

  it("answers a newcomer with typing while its agent types, so a chat's visitor keeps seeing it", () => {
    createRoot((dispose) => {
      const { session, sent, later } = aSession();
      session.typing("message");
      session.receive({ conversationId: "c1", userId: ids.tom, userName: "Tom", state: "viewing", at: "2026-03-02T10:00:00Z" } as never);
      later(5_000);
      session.receive({ conversationId: "c1", userId: ids.tom, userName: "Tom", state: "left", at: "2026-03-02T10:00:05Z" } as never);
      session.receive({ conversationId: "c1", userId: ids.tom, userName: "Tom", state: "viewing", at: "2026-03-02T10:00:05Z" } as never);
      expect(sent).toEqual([
        { state: "typing", composing: "message" },
        { state: "typing", composing: "message" },
        { state: "viewing", composing: "message" },
      ]);
      dispose();
    });
  });

  it("says at once when its agent turns from a message to a note, and throttles keystrokes otherwise", () => {
    createRoot((dispose) => {
      const { session, sent, later } = aSession();
      session.typing("message");
      later(500);
      session.typing("message");
      session.typing("note");
      expect(sent).toEqual([
        { state: "typing", composing: "message" },
        { state: "typing", composing: "note" },
      ]);
      dispose();
    });
  });
});
