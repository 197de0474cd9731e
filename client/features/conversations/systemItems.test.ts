import { describe, expect, it } from "vitest";
import { ids } from "../../../shared/testing/builders.ts";
import { chatEventOf, describeSystemItem } from "./systemItems.ts";

const names: Record<string, string> = { [ids.ana]: "Ana Souza", [ids.tom]: "Tom Becker" };
const nameOf = (id: string | null) => (id && names[id]) || "A former teammate";
const item = (kind: string, data: Record<string, unknown>, authorUserId: string | null = ids.tom, body = "") =>
  ({ kind, data, authorUserId, body }) as never;

describe("describeSystemItem", () => {
  it.each([
    ["assignment", { from: null, to: ids.ana }, ids.tom, "Tom Becker assigned the conversation to Ana Souza"],
    ["assignment", { from: null, to: ids.tom }, ids.tom, "Tom Becker took the conversation"],
    ["assignment", { from: ids.tom, to: null }, ids.tom, "Tom Becker unassigned the conversation"],
    ["assignment", { from: null, to: ids.ana }, null, "Switchboard assigned the conversation to Ana Souza"],
    ["assignment", { from: null, to: ids.ana, reason: "routed" }, null, "Switchboard routed the chat to Ana Souza"],
    ["assignment", { from: ids.tom, to: ids.ana, reason: "transfer", note: "Billing question, card on file" }, ids.tom, "Tom Becker transferred the conversation to Ana Souza: Billing question, card on file"],
    ["assignment", { from: ids.tom, to: ids.ana, reason: "transfer", note: "" }, ids.tom, "Tom Becker transferred the conversation to Ana Souza"],
    ["assignment", { from: ids.tom, to: null, reason: "transfer", note: "Needs a Portuguese speaker" }, ids.tom, "Tom Becker sent the chat back to the queue: Needs a Portuguese speaker"],
    ["assignment", { from: ids.tom, to: null, reason: "transfer" }, ids.tom, "Tom Becker sent the chat back to the queue"],
    ["assignment", { from: ids.ana, to: null, reason: "agentOffline" }, null, "The chat went back to the queue: Ana Souza went offline"],
    ["statusChange", { from: "open", to: "resolved" }, ids.ana, "Ana Souza resolved the conversation"],
    ["statusChange", { from: "resolved", to: "open" }, ids.ana, "Ana Souza reopened the conversation"],
    ["statusChange", { from: "pending", to: "open" }, ids.ana, "Ana Souza set it back to open"],
    ["statusChange", { from: "open", to: "pending" }, ids.ana, "Ana Souza set it to pending"],
    ["system", { change: "priority", from: "normal", to: "urgent" }, ids.ana, "Ana Souza changed the priority to urgent"],
    ["system", { change: "tags", added: ["vip"], removed: [] }, ids.ana, "Ana Souza added tag vip"],
    ["system", { change: "tags", added: ["a", "b"], removed: ["c"] }, ids.ana, "Ana Souza added tags a, b and removed tag c"],
  ])("%s %j by %s", (kind, data, author, text) => {
    expect(describeSystemItem(item(kind, data, author), nameOf)).toBe(text);
  });

  it("says when a snooze ends, in the given zone", () => {
    const text = describeSystemItem(item("statusChange", { from: "open", to: "snoozed", snoozedUntil: "2026-03-09T09:00:00.000Z" }), nameOf, "UTC");
    expect(text).toMatch(/^Tom Becker snoozed the conversation until .*09:00/);
  });

  it("shows other system items as the server wrote them", () => {
    expect(describeSystemItem(item("system", { source: "widget" }, null, "Chat started from the website widget"), nameOf)).toBe(
      "Chat started from the website widget",
    );
  });

  it.each([
    ["chatStarted", "The visitor started a chat"],
    ["chatEnded", "The visitor ended the chat"],
    ["chatRated", "The visitor rated the chat 4/5: Quick and helpful"],
    ["offlineMessage", "The visitor left a message while no agent was available"],
  ])("shows the chat event %s as its body", (event, body) => {
    expect(describeSystemItem(item("system", { event }, null, body), nameOf)).toBe(body);
    expect(chatEventOf(item("system", { event }, null, body))).toBe(event);
  });

  it("marks only known chat events", () => {
    expect(chatEventOf(item("system", { event: "somethingElse" }))).toBeUndefined();
    expect(chatEventOf(item("assignment", { event: "chatEnded" }))).toBeUndefined();
  });
});
