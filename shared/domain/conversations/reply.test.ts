import { describe, expect, it } from "vitest";
import type { Conversation } from "../../schemas/conversation.ts";
import { CHAT_ENDED_NO_REPLY, noRepliesIn, replyRefusal } from "./reply.ts";

const ENDED = "2026-03-02T10:20:00.000Z";

describe("replyRefusal", () => {
  it.each<[name: string, conversation: Pick<Conversation, "channel" | "chatEndedAt">, refusal: ReturnType<typeof replyRefusal>]>([
    ["a live chat", { channel: "chat", chatEndedAt: null }, null],
    ["a chat its visitor left", { channel: "chat", chatEndedAt: ENDED }, { kind: "refused", code: "conflict", message: CHAT_ENDED_NO_REPLY }],
    ["an email", { channel: "email", chatEndedAt: null }, null],
    // chatEndedAt belongs to chats; should an email carry one, it still takes replies
    ["an email with a stray chat end", { channel: "email", chatEndedAt: ENDED }, null],
    ["a phone conversation", { channel: "phone", chatEndedAt: null }, { kind: "refused", code: "invalid_input", message: noRepliesIn("Phone") }],
  ])("%s", (_name, conversation, refusal) => {
    expect(replyRefusal(conversation)).toEqual(refusal);
  });
});
