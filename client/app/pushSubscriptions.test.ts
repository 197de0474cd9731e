import { afterEach, describe, expect, it, vi } from "vitest";
import { QueryClient } from "@tanstack/solid-query";
import { aConversation, anItem, conversationId, ids } from "../../shared/testing/builders.ts";
import { conversationFeeds } from "../features/conversations/feeds.ts";
import { inboxSyncFor } from "../features/inbox/store.ts";
import { subscribeToPushes, type PushSocket } from "./pushSubscriptions.ts";

vi.mock("../realtime/socket.ts", () => ({ socket: { connected: false }, connectionState: () => "connected", UNAUTHENTICATED: "unauthenticated" }));

/** A socket whose events the test fires by hand. */
function fakeSocket() {
  const listeners = new Map<string, Set<(payload?: unknown) => void>>();
  const socket = {
    on(event: string, listener: (payload?: unknown) => void) {
      listeners.set(event, (listeners.get(event) ?? new Set()).add(listener));
    },
    off(event: string, listener: (payload?: unknown) => void) {
      listeners.get(event)?.delete(listener);
    },
  };
  const fire = (event: string, payload?: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  return { socket: socket as unknown as PushSocket, fire, listeners };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function setup() {
  const queryClient = new QueryClient();
  const { socket, fire, listeners } = fakeSocket();
  const ended: string[] = [];
  cleanups.push(subscribeToPushes(socket, queryClient, (reason) => ended.push(reason)));
  return { queryClient, fire, listeners, ended };
}

describe("subscribeToPushes", () => {
  it("applies a conversation's change to the inbox", () => {
    const { queryClient, fire } = setup();
    const applyChange = vi.spyOn(inboxSyncFor(queryClient), "applyChange");
    const changed = aConversation({ version: 2 });
    fire("conversation:changed", changed);
    expect(applyChange).toHaveBeenCalledWith(changed);
  });

  it("applies each conversation of a burst to the inbox", () => {
    const { queryClient, fire } = setup();
    const applyChange = vi.spyOn(inboxSyncFor(queryClient), "applyChange");
    const burst = [aConversation({ id: conversationId(1) }), aConversation({ id: conversationId(2) })];
    fire("conversations:changed", { conversations: burst });
    expect(applyChange.mock.calls.map(([c]) => c.id)).toEqual([conversationId(1), conversationId(2)]);
  });

  it("routes timeline items and presence to whoever has the conversation open", () => {
    const { fire } = setup();
    const items: number[] = [];
    const presences: string[] = [];
    cleanups.push(conversationFeeds.subscribe(conversationId(1), { item: (item) => items.push(item.seq), presence: (p) => presences.push(p.state) }));
    fire("timeline:appended", anItem(4));
    fire("timeline:appended", anItem(5, { conversationId: conversationId(2) }));
    fire("conversation:presence", { conversationId: conversationId(1), userId: ids.tom, userName: "Tom", state: "typing", at: "2026-03-02T10:00:00Z" });
    expect(items).toEqual([4]);
    expect(presences).toEqual(["typing"]);
  });

  it("after a reconnect, catches the inbox up instead of refetching its lists, and tells open conversations", async () => {
    const { queryClient, fire } = setup();
    const inbox = inboxSyncFor(queryClient);
    const catchUp = vi.spyOn(inbox, "catchUp").mockResolvedValue();
    const reconnected = vi.fn();
    cleanups.push(conversationFeeds.subscribe(conversationId(1), { reconnected }));
    queryClient.setQueryData(["inbox:list", { sort: "newest" }], { rows: [], nextCursor: null });
    queryClient.setQueryData(["inbox:counts", {}], { mine: 1 });

    fire("connect");
    expect(catchUp).not.toHaveBeenCalled();
    fire("disconnect");
    fire("connect");
    expect(catchUp).toHaveBeenCalledTimes(1);
    expect(reconnected).toHaveBeenCalledTimes(1);
    expect(queryClient.getQueryState(["inbox:counts", {}])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(["inbox:list", { sort: "newest" }])?.isInvalidated).toBe(false);
  });

  it("on session:resync, catches up as after a reconnect, from when the pushes were lost, without a reconnect", () => {
    const { queryClient, fire } = setup();
    const catchUp = vi.spyOn(inboxSyncFor(queryClient), "catchUp").mockResolvedValue();
    const reconnected = vi.fn();
    cleanups.push(conversationFeeds.subscribe(conversationId(1), { reconnected }));
    queryClient.setQueryData(["inbox:counts", {}], { mine: 1 });

    fire("connect");
    fire("session:resync", { since: "2026-03-02T10:00:00.000Z" });
    expect(catchUp).toHaveBeenCalledWith("2026-03-02T10:00:00.000Z");
    expect(reconnected).toHaveBeenCalledTimes(1);
    expect(queryClient.getQueryState(["inbox:counts", {}])?.isInvalidated).toBe(true);
  });

  it("patches the agent's own routing state, and the users list, from agent:stateChanged", () => {
    const { queryClient, fire } = setup();
    queryClient.setQueryData(["session:whoami", {}], { user: { id: ids.ana }, brands: [] } as never);
    queryClient.setQueryData(["user:list", {}], [{ id: ids.ana, status: "offline", chatCapacity: 3 }, { id: ids.tom, status: "offline", chatCapacity: 3 }] as never);
    const state = { userId: ids.ana, status: "away", awayReason: "lunch", chatCapacity: 4, activeChats: 1, statusChangedAt: null };
    fire("agent:stateChanged", state);
    expect(queryClient.getQueryData(["agent:state", {}])).toEqual(state);
    expect(queryClient.getQueryData(["user:list", {}])).toMatchObject([{ id: ids.ana, status: "away", chatCapacity: 4 }, { id: ids.tom, chatCapacity: 3 }]);

    fire("agent:stateChanged", { ...state, userId: ids.tom, chatCapacity: 2 });
    expect(queryClient.getQueryData(["agent:state", {}])).toEqual(state);
    expect(queryClient.getQueryData(["user:list", {}])).toMatchObject([{ id: ids.ana }, { id: ids.tom, chatCapacity: 2 }]);
  });

  it("replaces one brand's queue from queue:changed", () => {
    const { queryClient, fire } = setup();
    const quiet = (brandId: string) => ({ brandId, waiting: 0, longestWaitingSince: null, agentsWithRoom: 1 });
    queryClient.setQueryData(["queue:list", {}], [quiet(ids.lumen), quiet(ids.threadline)] as never);
    const busy = { ...quiet(ids.threadline), waiting: 2, longestWaitingSince: "2026-03-02T10:00:00.000Z" };
    fire("queue:changed", busy);
    expect(queryClient.getQueryData(["queue:list", {}])).toEqual([quiet(ids.lumen), busy]);
  });

  it("hands the end of the session on", () => {
    const { fire, ended } = setup();
    fire("session:ended", { reason: "signed_out" });
    fire("connect_error", new Error("unauthenticated"));
    expect(ended).toEqual(["signed_out", "expired"]);
  });

  it("lets go of every listener", () => {
    const queryClient = new QueryClient();
    const { socket, listeners } = fakeSocket();
    subscribeToPushes(socket, queryClient, () => undefined)();
    expect([...listeners.values()].every((set) => set.size === 0)).toBe(true);
  });
});
