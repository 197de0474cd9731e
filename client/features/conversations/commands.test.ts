import { describe, expect, it } from "vitest";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import { aConversation, ids } from "../../../shared/testing/builders.ts";
import { fakeRequest, ok, refused } from "../../testing/fakeRequest.ts";
import { CONFLICT_NOTICE, createConversationCommands } from "./commands.ts";

const shown = aConversation({ version: 4 });

function setup(assign: () => ReturnType<typeof ok<Conversation>> | ReturnType<typeof refused>) {
  let n = 0;
  const applied: Conversation[] = [];
  const fake = fakeRequest({
    "conversation:assign": assign,
    "conversation:setStatus": (input) => ok({ ...shown, status: input.status, snoozedUntil: input.snoozedUntil ?? null, version: 5 } as Conversation),
    "conversation:get": () => ok({ ...shown, assigneeId: ids.tom, version: 5 } as Conversation),
  });
  const commands = createConversationCommands({ request: fake.request, applyChange: (c) => applied.push(c), newClientId: () => `id-${++n}` });
  return { fake, commands, applied };
}

describe("conversation commands", () => {
  it("sends the version shown and applies the acknowledged snapshot", async () => {
    const { fake, commands, applied } = setup(() => ok({ ...shown, assigneeId: ids.ana, version: 5 } as Conversation));
    const done = commands.run(() => shown, { kind: "assign", assigneeId: ids.ana }, "Assigning to you");
    expect(commands.isPending("assign")).toBe(true);
    expect(await done).toBe(true);
    expect(commands.isPending("assign")).toBe(false);
    expect(fake.callsOf("conversation:assign")[0]).toEqual({ clientId: "id-1", conversationId: shown.id, baseVersion: 4, assigneeId: ids.ana });
    expect(applied.map((c) => c.version)).toEqual([5]);
  });

  it("on conflict, fetches the current state and says so, without offering the same retry", async () => {
    const { commands, applied } = setup(() => refused("conflict"));
    expect(await commands.run(() => shown, { kind: "assign", assigneeId: ids.ana }, "Assigning to you")).toBe(false);
    expect(applied.map((c) => c.assigneeId)).toEqual([ids.tom]);
    expect(commands.failure()).toEqual({ label: "Assigning to you", message: CONFLICT_NOTICE });
  });

  it("retries any other failure as the same action", async () => {
    const answers = [() => refused("timeout", "No answer."), () => ok({ ...shown, version: 5 } as Conversation)];
    const { fake, commands } = setup(() => (answers.shift() as () => never)());
    await commands.run(() => shown, { kind: "assign", assigneeId: null }, "Unassigning");
    expect(commands.failure()?.message).toBe("No answer.");
    commands.failure()?.retry?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(commands.failure()).toBeNull();
    expect(fake.callsOf("conversation:assign").map((c) => c.clientId)).toEqual(["id-1", "id-1"]);
  });

  it("snoozes with the time, and only then", async () => {
    const { fake, commands } = setup(() => refused("internal"));
    await commands.run(() => shown, { kind: "status", status: "snoozed", snoozedUntil: "2026-03-03T09:00:00.000Z" }, "Snoozing");
    await commands.run(() => shown, { kind: "status", status: "resolved" }, "Resolving");
    expect(fake.callsOf("conversation:setStatus")[0]).toMatchObject({ status: "snoozed", snoozedUntil: "2026-03-03T09:00:00.000Z" });
    expect(fake.callsOf("conversation:setStatus")[1]).not.toHaveProperty("snoozedUntil");
  });

  it("transfers with the note and without a version, and applies the answer", async () => {
    const applied: Conversation[] = [];
    const fake = fakeRequest({ "conversation:transfer": (input) => ok({ ...shown, assigneeId: input.toUserId, version: 5 } as Conversation) });
    const commands = createConversationCommands({ request: fake.request, applyChange: (c) => applied.push(c), newClientId: () => "id-1" });
    expect(await commands.run(() => shown, { kind: "transfer", toUserId: ids.tom, note: "Billing question" }, "Transferring to Tom Becker")).toBe(true);
    expect(await commands.run(() => shown, { kind: "transfer", toUserId: null, note: "" }, "Sending back to the queue")).toBe(true);
    expect(fake.callsOf("conversation:transfer")).toEqual([
      { clientId: "id-1", conversationId: shown.id, toUserId: ids.tom, note: "Billing question" },
      { clientId: "id-1", conversationId: shown.id, toUserId: null, note: "" },
    ]);
    expect(applied.map((c) => c.assigneeId)).toEqual([ids.tom, null]);
  });

  it("does not take the agent's own reply on its way for someone else's change: reply, then resolve at once", async () => {
    let now = shown;
    const { fake } = setup(() => ok(shown));
    const commands = createConversationCommands({
      request: fake.request,
      applyChange: () => undefined,
      // the reply's snapshot lands before its acknowledgement
      ownWritesSettled: async () => ((now = { ...shown, version: 5 }), 1),
    });
    expect(await commands.run(() => now, { kind: "status", status: "resolved" }, "Resolving")).toBe(true);
    expect(fake.callsOf("conversation:setStatus")[0]).toMatchObject({ baseVersion: 5 });
  });

  it("still sends the version shown when more moved than the agent's own writes, so a teammate's change conflicts", async () => {
    let now = shown;
    const { fake } = setup(() => ok(shown));
    const commands = createConversationCommands({ request: fake.request, applyChange: () => undefined, ownWritesSettled: async () => ((now = { ...shown, version: 6 }), 1) });
    await commands.run(() => now, { kind: "status", status: "resolved" }, "Resolving");
    expect(fake.callsOf("conversation:setStatus")[0]).toMatchObject({ baseVersion: 4 });
  });
});
