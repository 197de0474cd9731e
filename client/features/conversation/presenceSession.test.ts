import { describe, expect, it } from "vitest";
import { createRoot } from "solid-js";
import { ids } from "../../testing/builders.ts";
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
