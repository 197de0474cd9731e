/**
 * One open conversation's timeline: watch the conversation (join its room), load the newest page, take pushes in
 * seq order, fetch any gap a push reveals, load older pages on demand, and after a reconnect watch again and catch
 * up from the last seq held. The screen therefore never shows a gap or an item twice.
 */
import { createSignal } from "solid-js";
import type { TimelineItem, TimelinePage } from "../../../shared/schemas/timeline.ts";
import type { Result } from "../../../shared/result.ts";
import type { RequestFn } from "../../realtime/request.ts";
import { emptyTimeline, firstSeqOf, mergeNewer, mergeOlder, PAGE_SIZE, timelineFromPage, type TimelineState } from "./timeline.ts";

/** Catch-up pages are as large as the contract allows: after a long outage there may be many items. */
const CATCH_UP_PAGE = 500;

export type TimelineStatus = "loading" | "ready" | "failed";

export function createTimelineSession(
  conversationId: string,
  deps: { request: RequestFn; watched?: (state: { lastSeq: number; lastReadSeq: number }) => void },
) {
  const [timeline, setTimeline] = createSignal<TimelineState>(emptyTimeline);
  const [status, setStatus] = createSignal<TimelineStatus>("loading");
  const [problem, setProblem] = createSignal<string | null>(null);
  const [loadingOlder, setLoadingOlder] = createSignal(false);
  let waiting: TimelineItem[] = [];
  let filling: Promise<void> | null = null;
  let closed = false;

  async function open(): Promise<void> {
    setStatus("loading");
    setProblem(null);
    const watched = await deps.request("conversation:watch", { conversationId });
    if (!watched.ok) return fail(watched);
    deps.watched?.(watched.data);
    const lastSeq = watched.data.lastSeq;
    const short = lastSeq <= PAGE_SIZE;
    const page = short
      ? await deps.request("timeline:list", { conversationId, afterSeq: 0, limit: PAGE_SIZE })
      : await deps.request("timeline:before", { conversationId, beforeSeq: lastSeq + 1, limit: PAGE_SIZE });
    if (closed) return;
    if (!page.ok) return fail(page);
    setTimeline(timelineFromPage(page.data, short ? false : page.data.hasMore));
    setStatus("ready");
    // pushes that came while loading, and anything committed after the page was read
    take([]);
    if (short && page.data.hasMore) await fillGap();
  }

  function fail(result: Extract<Result<unknown>, { ok: false }>): void {
    if (closed) return;
    setStatus("failed");
    setProblem(result.error.message);
  }

  /** A committed item: pushed to the room, or the acknowledgement of the agent's own reply. */
  function deliver(item: TimelineItem): void {
    if (item.conversationId !== conversationId) return;
    if (status() !== "ready") {
      waiting.push(item);
      return;
    }
    take([item]);
  }

  function take(items: TimelineItem[]): void {
    const merged = mergeNewer(timeline(), [...waiting, ...items]);
    waiting = merged.waiting;
    setTimeline(merged.state);
    if (waiting.length > 0) void fillGap();
  }

  /** Fetch everything after the last seq held; what still waits afterwards the server never had, so take it. */
  function fillGap(): Promise<void> {
    filling ??= (async () => {
      for (;;) {
        const page: Result<TimelinePage> = await deps.request("timeline:list", {
          conversationId,
          afterSeq: timeline().lastSeq,
          limit: CATCH_UP_PAGE,
        });
        if (closed) return;
        // unreachable server: keep what waits; the reconnect catches up
        if (!page.ok) return;
        const merged = mergeNewer(timeline(), page.data.items, true);
        setTimeline(merged.state);
        if (!page.data.hasMore) break;
      }
      const rest = mergeNewer(timeline(), waiting, true);
      waiting = [];
      setTimeline(rest.state);
    })().finally(() => {
      filling = null;
    });
    return filling;
  }

  async function loadOlder(): Promise<void> {
    const firstSeq = firstSeqOf(timeline());
    if (!timeline().hasOlder || loadingOlder() || firstSeq === null) return;
    setLoadingOlder(true);
    const page = await deps.request("timeline:before", { conversationId, beforeSeq: firstSeq, limit: PAGE_SIZE });
    setLoadingOlder(false);
    if (closed) return;
    if (!page.ok) {
      setProblem(`Could not load older items: ${page.error.message}`);
      return;
    }
    setProblem(null);
    setTimeline(mergeOlder(timeline(), page.data));
  }

  /** After a reconnect: the room is gone on the server, so watch again, then catch up from the last seq held. */
  async function resume(): Promise<void> {
    if (closed) return;
    if (status() !== "ready") return open();
    const watched = await deps.request("conversation:watch", { conversationId });
    if (closed || !watched.ok) return;
    if (watched.data.lastSeq > timeline().lastSeq) await fillGap();
  }

  function close(): void {
    closed = true;
    void deps.request("conversation:unwatch", { conversationId });
  }

  return { timeline, status, problem, loadingOlder, open, deliver, loadOlder, resume, close };
}
