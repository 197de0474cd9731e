import { describe, expect, it } from "vitest";
import { canTakeChat, planRouting, queuePositions, type RoutingAgent, type WaitingChat } from "./planRouting.ts";

const NOW = Date.parse("2026-03-02T09:00:00Z");
const LUMEN = "brand-lumen";
const THREAD = "brand-thread";

const agent = (userId: string, over: Partial<RoutingAgent> = {}): RoutingAgent => ({
  userId,
  brandIds: [LUMEN],
  status: "available",
  capacity: 3,
  activeChats: 0,
  lastChatAssignedAt: null,
  ...over,
});
const chat = (conversationId: string, queuedAt: number, over: Partial<WaitingChat> = {}): WaitingChat => ({
  conversationId,
  brandId: LUMEN,
  queuePriority: 0,
  queuedAt,
  releasedBy: null,
  ...over,
});
const to = (plan: ReturnType<typeof planRouting>) => plan.map((r) => `${r.conversationId}→${r.userId}`);

describe("canTakeChat", () => {
  it.each<[string, Partial<RoutingAgent>, boolean]>([
    ["available, room, brand", {}, true],
    ["away", { status: "away" }, false],
    ["offline", { status: "offline" }, false],
    ["at capacity", { activeChats: 3 }, false],
    ["over capacity after an admin lowered it", { capacity: 1, activeChats: 2 }, false],
    ["capacity 0", { capacity: 0 }, false],
    ["another brand only", { brandIds: [THREAD] }, false],
  ])("%s → %s", (_, over, expected) => {
    expect(canTakeChat(agent("a", over), { brandId: LUMEN, releasedBy: null })).toBe(expected);
  });
});

describe("planRouting", () => {
  it("gives the chat to the least loaded agent", () => {
    expect(to(planRouting([chat("c1", 1)], [agent("busy", { activeChats: 2 }), agent("light", { activeChats: 1 })], NOW))).toEqual(["c1→light"]);
  });

  it("breaks a tie in load by who is idle longest, someone who never had a chat first", () => {
    const agents = [agent("recent", { lastChatAssignedAt: NOW - 1_000 }), agent("long", { lastChatAssignedAt: NOW - 60_000 })];
    expect(to(planRouting([chat("c1", 1)], agents, NOW))).toEqual(["c1→long"]);
    expect(to(planRouting([chat("c1", 1)], [...agents, agent("never")], NOW))).toEqual(["c1→never"]);
  });

  it("spreads a burst of chats by load and idle time as it assigns", () => {
    const agents = [agent("a", { lastChatAssignedAt: NOW - 5_000 }), agent("b", { lastChatAssignedAt: NOW - 9_000 })];
    expect(to(planRouting([chat("c1", 1), chat("c2", 2), chat("c3", 3)], agents, NOW))).toEqual(["c1→b", "c2→a", "c3→b"]);
  });

  it("never exceeds capacity and leaves the rest queued", () => {
    const plan = planRouting([chat("c1", 1), chat("c2", 2), chat("c3", 3)], [agent("a", { capacity: 2, activeChats: 1 })], NOW);
    expect(to(plan)).toEqual(["c1→a"]);
  });

  it("serves the queue in arrival order", () => {
    expect(to(planRouting([chat("late", 9), chat("early", 2)], [agent("a", { capacity: 1 })], NOW))).toEqual(["early→a"]);
  });

  it("serves a chat that lost its agent before older arrivals", () => {
    const queue = [chat("waiting", 1), chat("returned", 50, { queuePriority: 1 })];
    expect(to(planRouting(queue, [agent("a", { capacity: 1 })], NOW))).toEqual(["returned→a"]);
  });

  it("routes only to agents of the chat's brand", () => {
    const agents = [agent("lumen-only", { brandIds: [LUMEN] }), agent("thread-only", { brandIds: [THREAD] })];
    expect(to(planRouting([chat("t1", 1, { brandId: THREAD }), chat("l1", 2)], agents, NOW))).toEqual(["t1→thread-only", "l1→lumen-only"]);
  });

  it("does not let one brand's stuck chat hold up another brand's", () => {
    const plan = planRouting([chat("l1", 1), chat("t1", 2, { brandId: THREAD })], [agent("t", { brandIds: [THREAD] })], NOW);
    expect(to(plan)).toEqual(["t1→t"]);
  });

  it("gives nothing to away or offline agents", () => {
    const agents = [agent("away", { status: "away" }), agent("off", { status: "offline" })];
    expect(planRouting([chat("c1", 1)], agents, NOW)).toEqual([]);
  });

  it("does not give a chat back to the agent who put it back in the queue", () => {
    const queue = [chat("c1", 1, { queuePriority: 1, releasedBy: "ana" })];
    expect(to(planRouting(queue, [agent("ana")], NOW))).toEqual([]);
    expect(to(planRouting(queue, [agent("ana"), agent("tom", { activeChats: 2 })], NOW))).toEqual(["c1→tom"]);
  });

  it("counts load across brands: an agent busy in one brand is less preferred in another", () => {
    const agents = [agent("both", { brandIds: [LUMEN, THREAD], activeChats: 2 }), agent("lumen", { activeChats: 0 })];
    expect(to(planRouting([chat("c1", 1)], agents, NOW))).toEqual(["c1→lumen"]);
  });
});

describe("queuePositions", () => {
  it("numbers each brand's line from 1, returned chats first", () => {
    const queue = [chat("l2", 5), chat("t1", 1, { brandId: THREAD }), chat("l1", 2), chat("lr", 9, { queuePriority: 1 })];
    expect(Object.fromEntries(queuePositions(queue))).toEqual({ lr: 1, l1: 2, l2: 3, t1: 1 });
  });
});
