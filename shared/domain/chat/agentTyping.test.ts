import { describe, expect, it } from "vitest";
import { agentTypingForVisitor } from "./agentTyping.ts";

describe("agentTypingForVisitor", () => {
  it("shows the agent holding the chat typing a message", () => {
    expect(agentTypingForVisitor({ state: "typing", composing: "message" }, "tom", "tom")).toBe(true);
  });

  it("ends it when the holder writes a note, looks on or leaves", () => {
    expect(agentTypingForVisitor({ state: "typing", composing: "note" }, "tom", "tom")).toBe(false);
    expect(agentTypingForVisitor({ state: "viewing", composing: "message" }, "tom", "tom")).toBe(false);
    expect(agentTypingForVisitor({ state: "left", composing: "message" }, "tom", "tom")).toBe(false);
  });

  it("says nothing of a teammate, whatever they do, nor of anyone in a chat nobody holds", () => {
    expect(agentTypingForVisitor({ state: "typing", composing: "message" }, "ana", "tom")).toBeNull();
    expect(agentTypingForVisitor({ state: "viewing", composing: "message" }, "ana", "tom")).toBeNull();
    expect(agentTypingForVisitor({ state: "typing", composing: "message" }, "ana", null)).toBeNull();
  });
});
