import { describe, expect, it } from "vitest";
import { TransferConversation } from "../../../shared/schemas/chat.ts";
import type { AssigneeCandidate } from "../../../shared/schemas/inbox.ts";
import type { UserId } from "../../../shared/schemas/ids.ts";
import { aConversation, ids } from "../../../shared/testing/builders.ts";
import { BACK_TO_QUEUE, MAX_TRANSFER_NOTE_CHARS, canReturnToQueue, canTransfer, transferChange, transferLabel, transferTargets } from "./transfer.ts";

const person = (id: string, name: string, status: AssigneeCandidate["status"]): AssigneeCandidate => ({ id: id as UserId, name, status });
const sam = "0190a5b2-7c3e-7000-8000-0000000000a3";
const jo = "0190a5b2-7c3e-7000-8000-0000000000a4";
const teammates = [person(ids.tom, "Tom Becker", "offline"), person(jo, "Jo Martin", "away"), person(ids.ana, "Ana Souza", "available"), person(sam, "Sam Okafor", "available")];
const context = { selfId: ids.ana, brandName: "Lumen Fibre" };
const chat = aConversation({ channel: "chat", assigneeId: ids.ana, chatEndedAt: null });

describe("transferTargets", () => {
  it("lists teammates but the agent, available first, then the queue for a live chat", () => {
    const targets = transferTargets(teammates, chat, context);
    expect(targets.map((t) => [t.label, t.detail])).toEqual([
      ["Sam Okafor", "Available"],
      ["Jo Martin", "Away"],
      ["Tom Becker", "Offline"],
      ["Back to the queue", "The next Lumen Fibre agent with room gets it"],
    ]);
    expect(targets.at(-1)?.id).toBe(BACK_TO_QUEUE);
  });

  it("leaves out the current assignee", () => {
    const targets = transferTargets(teammates, { ...chat, assigneeId: sam as UserId }, context);
    expect(targets.map((t) => t.label)).not.toContain("Sam Okafor");
  });

  it("offers the queue only for a live, assigned chat", () => {
    expect(canReturnToQueue(chat)).toBe(true);
    expect(canReturnToQueue({ ...chat, channel: "email" })).toBe(false);
    expect(canReturnToQueue({ ...chat, chatEndedAt: "2026-03-02T10:20:00Z" })).toBe(false);
    expect(canReturnToQueue({ ...chat, assigneeId: null })).toBe(false);
    expect(transferTargets(teammates, { ...chat, channel: "email" }, context).map((t) => t.id)).not.toContain(BACK_TO_QUEUE);
  });
});

describe("the transfer itself", () => {
  it("is worded and sent per target", () => {
    expect(transferLabel({ id: sam, label: "Sam Okafor" })).toBe("Transferring to Sam Okafor");
    expect(transferLabel({ id: BACK_TO_QUEUE, label: "Back to the queue" })).toBe("Sending the chat back to the queue");
    expect(transferChange(sam, "  Billing question \n")).toEqual({ kind: "transfer", toUserId: sam, note: "Billing question" });
    expect(transferChange(BACK_TO_QUEUE, "")).toEqual({ kind: "transfer", toUserId: null, note: "" });
  });

  it("is not offered once resolved", () => {
    expect(canTransfer(aConversation({ status: "open" }))).toBe(true);
    expect(canTransfer(aConversation({ status: "resolved" }))).toBe(false);
  });
});

it("keeps the note within what the contract takes", () => {
  const input = (note: string) => ({ clientId: "0190a5b2-7c3e-7000-8000-00000000ffff", conversationId: aConversation().id, toUserId: null, note });
  expect(TransferConversation.safeParse(input("x".repeat(MAX_TRANSFER_NOTE_CHARS))).success).toBe(true);
  expect(TransferConversation.safeParse(input("x".repeat(MAX_TRANSFER_NOTE_CHARS + 1))).success).toBe(false);
});
