import { describe, expect, it } from "vitest";
import type { VisitorMessage } from "../../shared/schemas/chat.ts";
import { enqueue, nextToSend, parseOutbox, refuse, remove, retry, withoutDelivered, type Outbox } from "./outbox.ts";

const three = (): Outbox =>
  ["a", "b", "c"].reduce<Outbox>((outbox, clientId) => enqueue(outbox, { clientId, body: clientId, start: clientId === "a" ? { name: "Jo" } : null }), []);

describe("outbox", () => {
  it("sends the oldest first", () => {
    expect(nextToSend(three())?.clientId).toBe("a");
  });

  it("skips a refused message and keeps the server's words on it", () => {
    const outbox = refuse(three(), "a", { code: "rate_limited", message: "Too many messages. Wait a moment." });
    expect(nextToSend(outbox)?.clientId).toBe("b");
    expect(outbox[0]?.refusal).toEqual({ code: "rate_limited", message: "Too many messages. Wait a moment." });
  });

  it("puts a retried message back in its place", () => {
    const outbox = retry(refuse(three(), "a", { code: "rate_limited", message: "…" }), "a");
    expect(nextToSend(outbox)).toMatchObject({ clientId: "a", refusal: null });
  });

  it("removes one message", () => {
    expect(remove(three(), "b").map((e) => e.clientId)).toEqual(["a", "c"]);
  });

  it("drops what the server already numbered, and only the visitor's own", () => {
    const delivered = (clientId: string, from: VisitorMessage["from"] = "visitor"): VisitorMessage => ({
      id: clientId, seq: 1, clientId, from, authorName: null, body: "", at: "2026-03-02T10:00:00Z",
    });
    expect(withoutDelivered(three(), [delivered("b"), delivered("c", "agent")]).map((e) => e.clientId)).toEqual(["a", "c"]);
  });

  it("returns the same outbox when nothing was delivered", () => {
    const outbox = three();
    expect(withoutDelivered(outbox, [])).toBe(outbox);
  });

  it("survives a round trip through storage and drops what does not fit", () => {
    expect(parseOutbox(JSON.stringify(three()))).toEqual(three());
    expect(parseOutbox(JSON.stringify([{ clientId: "x" }, ...three()]))).toEqual(three());
    expect(parseOutbox("not json")).toEqual([]);
    expect(parseOutbox(null)).toEqual([]);
    expect(parseOutbox('{"clientId":"x"}')).toEqual([]);
  });
});
