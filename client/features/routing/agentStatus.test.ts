import { describe, expect, it } from "vitest";
import type { AgentState } from "../../../shared/schemas/chat.ts";
import type { UserId } from "../../../shared/schemas/ids.ts";
import { ids } from "../../../shared/testing/builders.ts";
import { fakeRequest, ok, refused } from "../../testing/fakeRequest.ts";
import {
  choiceLabel,
  createStatusControl,
  describeLoad,
  isCurrentChoice,
  loadText,
  LOST_CONNECTION_NOTICE,
  SET_OFFLINE_ELSEWHERE_NOTICE,
  STATUS_CHOICES,
  statusLabel,
  unaskedOfflineNotice,
  type StatusChoice,
} from "./agentStatus.ts";

const state = (overrides: Partial<AgentState> = {}): AgentState => ({
  userId: ids.ana as UserId,
  status: "available",
  awayReason: null,
  chatCapacity: 3,
  activeChats: 2,
  statusChangedAt: "2026-03-02T10:00:00.000Z",
  ...overrides,
});

const lunch: StatusChoice = { status: "away", awayReason: "lunch" };
const offline: StatusChoice = { status: "offline", awayReason: null };

describe("the status menu", () => {
  it("offers Available, Away with each reason, then Offline", () => {
    expect(STATUS_CHOICES.map(statusLabel)).toEqual([
      "Available",
      "Away · Break",
      "Away · Lunch",
      "Away · Training",
      "Away · Meeting",
      "Offline",
    ]);
    expect(STATUS_CHOICES.map(choiceLabel)).toEqual(["Available", "Break", "Lunch", "Training", "Meeting", "Offline"]);
  });

  it("marks the current choice, away only with its reason", () => {
    const current = (s: AgentState) => STATUS_CHOICES.filter((choice) => isCurrentChoice(choice, s)).map(statusLabel);
    expect(current(state())).toEqual(["Available"]);
    expect(current(state({ status: "away", awayReason: "meeting" }))).toEqual(["Away · Meeting"]);
    expect(current(state({ status: "offline" }))).toEqual(["Offline"]);
  });

  it("says the load as open chats against the capacity", () => {
    expect(loadText(state())).toBe("2/3 chats");
    expect(describeLoad(state())).toBe("2 chats open of the 3 routing gives you at once");
    expect(describeLoad(state({ activeChats: 1, chatCapacity: 0 }))).toBe("1 chat open; routing gives you no chats (capacity 0)");
  });
});

describe("unaskedOfflineNotice", () => {
  const available = { status: "available" } as const;
  const away = { status: "away" } as const;
  const off = { status: "offline" } as const;
  it.each([
    ["first state seen", undefined, off, null, false, null],
    ["still offline", off, off, null, true, null],
    ["not offline", available, away, null, true, null],
    ["asked for here", available, off, "offline", true, null],
    ["after a lost connection", available, off, null, true, LOST_CONNECTION_NOTICE],
    ["from away, after a lost connection", away, off, null, true, LOST_CONNECTION_NOTICE],
    ["by another tab or an admin", available, off, null, false, SET_OFFLINE_ELSEWHERE_NOTICE],
    ["while this tab asks for something else", available, off, "away", false, SET_OFFLINE_ELSEWHERE_NOTICE],
  ] as const)("%s", (_, previous, next, requestedHere, connectionLostSince, expected) => {
    expect(unaskedOfflineNotice(previous, next, { requestedHere, connectionLostSince })).toBe(expected);
  });
});

describe("the status control", () => {
  function setup(answer: (payload: Record<string, unknown>) => ReturnType<typeof ok<AgentState>> | ReturnType<typeof refused>) {
    let n = 0;
    const applied: AgentState[] = [];
    const fake = fakeRequest({ "agent:setStatus": (payload) => answer(payload as Record<string, unknown>) });
    const control = createStatusControl({ request: fake.request, apply: (s) => applied.push(s), newClientId: () => `id-${++n}` });
    return { fake, control, applied };
  }

  it("sends the status with its reason, pending until acknowledged, and applies the answer", async () => {
    const { fake, control, applied } = setup(() => ok(state({ status: "away", awayReason: "lunch" })));
    const done = control.choose(lunch);
    expect(control.pending()).toEqual(lunch);
    expect(await done).toBe(true);
    expect(control.pending()).toBeNull();
    expect(fake.callsOf("agent:setStatus")).toEqual([{ clientId: "id-1", status: "away", awayReason: "lunch" }]);
    expect(applied.map((s) => s.awayReason)).toEqual(["lunch"]);
  });

  it("leaves the reason out for other statuses", async () => {
    const { fake, control } = setup(() => ok(state({ status: "offline" })));
    await control.choose(offline);
    expect(fake.callsOf("agent:setStatus")[0]).toEqual({ clientId: "id-1", status: "offline" });
  });

  it("keeps a failure with a retry of the same action", async () => {
    const answers = [refused("timeout", "No answer."), ok(state({ status: "offline" }))];
    const { fake, control, applied } = setup(() => answers.shift() ?? refused("internal"));
    expect(await control.choose(offline)).toBe(false);
    expect(control.failure()).toMatchObject({ choice: offline, message: "No answer." });
    control.failure()?.retry();
    await Promise.resolve();
    await Promise.resolve();
    expect(control.failure()).toBeNull();
    expect(fake.callsOf("agent:setStatus").map((c) => c.clientId)).toEqual(["id-1", "id-1"]);
    expect(applied).toHaveLength(1);
  });

  it("sends one request at a time", async () => {
    const { fake, control } = setup(() => ok(state()));
    const first = control.choose(lunch);
    expect(await control.choose(offline)).toBe(false);
    await first;
    expect(fake.callsOf("agent:setStatus")).toHaveLength(1);
  });

  it("tells the agent when the server set them offline after a lost connection, and not when they asked", async () => {
    const { control } = setup(() => ok(state({ status: "offline" })));
    control.observe(state());
    control.connectionLost();
    control.observe(state({ status: "offline" }));
    expect(control.notice()).toBe(LOST_CONNECTION_NOTICE);

    control.observe(state());
    expect(control.notice()).toBeNull();
    await control.choose(offline);
    // the push of the same change, after the acknowledgement
    control.observe(state({ status: "offline" }));
    expect(control.notice()).toBeNull();
  });

  it("reads a push that races the acknowledgement as asked for", async () => {
    let resolveAnswer: (value: ReturnType<typeof ok<AgentState>>) => void = () => undefined;
    const fake = fakeRequest({ "agent:setStatus": () => new Promise((resolve) => (resolveAnswer = resolve)) });
    const control = createStatusControl({ request: fake.request, apply: () => undefined });
    control.observe(state());
    const done = control.choose(offline);
    control.observe(state({ status: "offline" }));
    resolveAnswer(ok(state({ status: "offline" })));
    await done;
    expect(control.notice()).toBeNull();
  });

  it("drops a stale failure when the server has set the agent offline meanwhile", async () => {
    const { control } = setup(() => refused("disconnected", "Not connected."));
    control.observe(state());
    control.connectionLost();
    await control.choose(lunch);
    expect(control.failure()).not.toBeNull();
    control.observe(state({ status: "offline" }));
    expect(control.failure()).toBeNull();
    expect(control.notice()).toBe(LOST_CONNECTION_NOTICE);
  });

  it("after a reconnect that kept the agent available, a later offline is someone else's choice", () => {
    const { control } = setup(() => ok(state()));
    control.observe(state());
    control.connectionLost();
    control.observe(state());
    control.observe(state({ status: "offline" }));
    expect(control.notice()).toBe(SET_OFFLINE_ELSEWHERE_NOTICE);
  });
});
