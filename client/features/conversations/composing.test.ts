import { describe, expect, it } from "vitest";
import type { CannedReply } from "../../../shared/schemas/contact.ts";
import { CHAT_ENDED_NO_REPLY } from "../../../shared/domain/conversations/reply.ts";
import { matchCannedReplies, mentionedIds, mentionStart, outgoingBody, replaceRange, replyOption } from "./composing.ts";

const email = { mode: "message" as const, channel: "email" as const, signature: "Kind regards,\n{{agent.name}}", agentName: "Ana Souza" };

describe("outgoingBody", () => {
  it("signs an email reply with the brand's signature", () => {
    expect(outgoingBody("  Your engineer is booked.\n", email)).toBe("Your engineer is booked.\n\nKind regards,\nAna Souza");
  });
  it("does not sign it twice", () => {
    expect(outgoingBody("Booked.\n\nKind regards,\nAna Souza", email)).toBe("Booked.\n\nKind regards,\nAna Souza");
  });
  it.each([
    ["a chat reply", { ...email, channel: "chat" as const }],
    ["a note", { ...email, mode: "note" as const }],
    ["a brand without a signature", { ...email, signature: " " }],
  ])("leaves %s unsigned", (_case, context) => {
    expect(outgoingBody("Booked.", context)).toBe("Booked.");
  });
});

describe("replyOption", () => {
  const ENDED = "2026-03-02T10:20:00.000Z";
  it.each([
    ["a live chat", { channel: "chat" as const, chatEndedAt: null }, { label: "Reply in chat", signed: false, blocked: null }],
    ["a chat the visitor left", { channel: "chat" as const, chatEndedAt: ENDED }, { label: "Reply in chat", signed: false, blocked: CHAT_ENDED_NO_REPLY }],
    ["an email", { channel: "email" as const, chatEndedAt: null }, { label: "Reply by email", signed: true, blocked: null }],
    ["a phone conversation", { channel: "phone" as const, chatEndedAt: null }, null],
  ])("%s", (_case, conversation, option) => {
    expect(replyOption(conversation)).toEqual(option);
  });
});

describe("mentions", () => {
  const tom = { id: "t", name: "Tom Becker" };
  const li = { id: "l", name: "Li Wei" };
  it("keeps the teammates still named in the text", () => {
    expect(mentionedIds("@Tom Becker can you check?", [tom, li, tom])).toEqual(["t"]);
  });
  it.each([
    ["@", 1, 0],
    ["hi @", 4, 3],
    ["mail@", 5, null],
    ["hi", 2, null],
  ])("an @ in %j before %i starts at %j", (body, caret, expected) => {
    expect(mentionStart(body, caret)).toBe(expected);
  });
  it("replaces the @ with the name", () => {
    expect(replaceRange("hi @ there", 3, 4, "@Tom Becker ")).toEqual({ body: "hi @Tom Becker  there", caret: 15 });
  });
});

describe("matchCannedReplies", () => {
  const reply = (shortcut: string, title: string, body = "") => ({ id: shortcut, brandId: "b", shortcut, title, body }) as CannedReply;
  const replies = [reply("refund-window", "Return and refund window"), reply("greet", "Greeting"), reply("close", "Closing", "anything else? refund")];
  it("lists all by shortcut when nothing is typed", () => {
    expect(matchCannedReplies(replies, "/").map((r) => r.shortcut)).toEqual(["close", "greet", "refund-window"]);
  });
  it("ranks a shortcut match above a body match", () => {
    expect(matchCannedReplies(replies, "ref").map((r) => r.shortcut)).toEqual(["refund-window", "close"]);
  });
  it("finds by title", () => {
    expect(matchCannedReplies(replies, "#greeting").map((r) => r.shortcut)).toEqual(["greet"]);
  });
});
