import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { QueryClient } from "@tanstack/solid-query";
import type { Conversation, InboxRow } from "../../../shared/schemas/conversation.ts";
import { aRow, conversationId, ids } from "../../../shared/testing/builders.ts";
import { fakeRequest, ok } from "../../testing/fakeRequest.ts";
import { DEFAULT_FILTER } from "./filter.ts";
import type { InboxListState } from "./inboxList.ts";
import { conversationKey, createInboxSync, inboxCountsKey, inboxListKey, inboxSearchKey } from "./inboxSync.ts";

vi.mock("../../realtime/socket.ts", () => ({ socket: { connected: false } }));

const row = (n: number, overrides: Partial<InboxRow> = {}) =>
  aRow({ id: conversationId(n) as never, lastActivityAt: new Date(Date.UTC(2026, 2, 2, 10, 60 - n)).toISOString(), ...overrides });
const open = { filter: DEFAULT_FILTER, sort: "newest" as const };
const mine = { filter: { ...DEFAULT_FILTER, assignee: "me" }, sort: "newest" as const };
const listed = (client: QueryClient, input: typeof open) =>
  client.getQueryData<InboxListState>(inboxListKey(input))?.rows.map((r) => Number.parseInt(r.id.slice(-12), 16));

let client: QueryClient;
beforeEach(() => {
  vi.useFakeTimers();
  client = new QueryClient();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(handlers: Parameters<typeof fakeRequest>[0] = {}) {
  const fake = fakeRequest(handlers);
  const sync = createInboxSync(client, { request: fake.request, userId: () => ids.ana, now: () => Date.parse("2026-03-02T12:00:00Z") });
  return { fake, sync };
}

describe("pushes", () => {
  it("patch every cached view the conversation is in, or now belongs to", async () => {
    const { sync } = setup({
      "inbox:list": (input) => ok({ rows: input.filter?.assignee === "me" ? [] : [row(1), row(2)], nextCursor: null }),
    });
    client.setQueryData(inboxListKey(open), await sync.fetchFirstPage(open, ids.ana));
    client.setQueryData(inboxListKey(mine), await sync.fetchFirstPage(mine, ids.ana));

    sync.applyChange({ ...row(2), assigneeId: ids.ana, version: 2 } as Conversation);
    expect(listed(client, open)).toEqual([1, 2]);
    expect(listed(client, mine)).toEqual([2]);

    sync.applyChange({ ...row(2), status: "resolved", assigneeId: ids.ana, version: 3 } as Conversation);
    expect(listed(client, open)).toEqual([1]);
    expect(listed(client, mine)).toEqual([]);
  });

  it("patch the open conversation and search results, and refresh counts once per burst", async () => {
    const { sync } = setup();
    const first = row(1);
    client.setQueryData(conversationKey(first.id), first);
    client.setQueryData(inboxSearchKey("router", DEFAULT_FILTER), { rows: [first], nextCursor: null });
    client.setQueryData(inboxCountsKey, { mine: 0 });
    const invalidate = vi.spyOn(client, "invalidateQueries");

    sync.applyChange({ ...first, priority: "urgent", version: 2 });
    sync.applyChange({ ...first, priority: "high", version: 3 });
    expect(client.getQueryData<Conversation>(conversationKey(first.id))?.priority).toBe("high");
    expect(client.getQueryData<{ rows: InboxRow[] }>(inboxSearchKey("router", DEFAULT_FILTER))?.rows[0]?.priority).toBe("high");

    await vi.advanceTimersByTimeAsync(1_000);
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: inboxCountsKey });
  });

  it("ignore a snapshot older than one already applied", () => {
    const { sync } = setup();
    const first = row(1);
    sync.applyChange({ ...first, priority: "high", version: 3 });
    client.setQueryData(conversationKey(first.id), { ...first, priority: "high", version: 3 });
    sync.applyChange({ ...first, priority: "low", version: 2 });
    expect(client.getQueryData<Conversation>(conversationKey(first.id))?.priority).toBe("high");
  });

  it("move read markers forward in every list", async () => {
    const { sync } = setup({ "inbox:list": () => ok({ rows: [row(1, { lastSeq: 6, lastReadSeq: 2 })], nextCursor: null }) });
    client.setQueryData(inboxListKey(open), await sync.fetchFirstPage(open, ids.ana));
    sync.applyRead(row(1).id, 6);
    expect(client.getQueryData<InboxListState>(inboxListKey(open))?.rows[0]?.lastReadSeq).toBe(6);
  });
});

describe("snapshotOf", () => {
  it("finds the newest snapshot in any list or push", async () => {
    const { sync } = setup({ "inbox:list": () => ok({ rows: [row(1, { version: 3 })], nextCursor: null }) });
    client.setQueryData(inboxListKey(open), await sync.fetchFirstPage(open, ids.ana));
    expect(sync.snapshotOf(row(1).id)?.version).toBe(3);
    sync.applyChange({ ...row(1), status: "resolved", version: 4 } as Conversation);
    expect(sync.snapshotOf(row(1).id)?.version).toBe(4);
    expect(sync.snapshotOf(row(9).id)).toBeUndefined();
  });
});

describe("loadMore", () => {
  it("asks for the page after the cursor and merges it into the list as it is now", async () => {
    const { fake, sync } = setup({
      "inbox:list": (input) =>
        input.cursor === null ? ok({ rows: [row(1), row(2)], nextCursor: "after-2" }) : ok({ rows: [row(3), row(4)], nextCursor: null }),
    });
    client.setQueryData(inboxListKey(open), await sync.fetchFirstPage(open, ids.ana));
    const pending = sync.loadMore(open, ids.ana);
    // a push while the page is on its way
    sync.applyChange({ ...row(3), lastActivityAt: "2026-03-02T10:59:30.000Z", version: 2 });
    await pending;
    expect(listed(client, open)).toEqual([3, 1, 2, 4]);
    expect(fake.callsOf("inbox:list")[1]).toMatchObject({ cursor: "after-2", sort: "newest", limit: 50 });
  });
});

describe("catchUp", () => {
  it("asks for changes since shortly before the newest change seen, page by page, and applies them", async () => {
    const { fake, sync } = setup({
      // the server's clock says 12:00 for the newest change, whatever the device's clock says
      "inbox:list": () => ok({ rows: [row(1, { updatedAt: "2026-03-02T12:00:00.000Z" }), row(2)], nextCursor: null }),
      "inbox:changes": (input) =>
        input.since === "2026-03-02T11:58:00.000Z"
          ? ok({ rows: [{ ...row(2), status: "resolved", version: 2 }], until: "2026-03-02T12:00:01.000Z", complete: false })
          : ok({ rows: [row(5, { lastActivityAt: "2026-03-02T11:00:00.000Z" })], until: "2026-03-02T12:00:02.000Z", complete: true }),
    });
    client.setQueryData(inboxListKey(open), await sync.fetchFirstPage(open, ids.ana));
    sync.disconnected();
    await sync.catchUp();
    expect(fake.callsOf("inbox:changes").map((c) => c.since)).toEqual(["2026-03-02T11:58:00.000Z", "2026-03-02T12:00:01.000Z"]);
    expect(listed(client, open)).toEqual([5, 1]);
  });

  it("after pushes were lost on a connected socket, starts before they were, though newer changes came through", async () => {
    const { fake, sync } = setup({
      "inbox:list": () => ok({ rows: [row(1, { updatedAt: "2026-03-02T12:00:00.000Z" })], nextCursor: null }),
      "inbox:changes": () => ok({ rows: [row(2, { updatedAt: "2026-03-02T11:50:00.000Z" })], until: "2026-03-02T12:00:01.000Z", complete: true }),
    });
    client.setQueryData(inboxListKey(open), await sync.fetchFirstPage(open, ids.ana));
    await sync.catchUp("2026-03-02T11:45:00.000Z");
    expect(fake.callsOf("inbox:changes").map((c) => c.since)).toEqual(["2026-03-02T11:43:00.000Z"]);
    expect(listed(client, open)).toEqual([1, 2]);
  });

  it("does nothing on a first connection", async () => {
    const { fake, sync } = setup();
    await sync.catchUp();
    expect(fake.calls).toEqual([]);
  });
});
