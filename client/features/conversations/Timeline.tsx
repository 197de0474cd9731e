/**
 * The timeline, newest at the bottom. It opens at the unread line (or the bottom), follows new items while the
 * agent is at the bottom, keeps its place when older pages load above, and loads them as the agent nears the top.
 */
import { createEffect, createSignal, For, on, Show } from "solid-js";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import type { ComposerMode } from "./composing.ts";
import { firstUnreadSeq } from "./timeline.ts";
import { TimelineEntry } from "./TimelineEntry.tsx";
import type { NameOf } from "./systemItems.ts";
import type { Workspace } from "./workspace.ts";

/** Within this many pixels of an edge counts as at it. */
const EDGE_PX = 120;

export function Timeline(props: {
  workspace: Workspace;
  conversation: Conversation;
  brand: BrandSummary;
  nameOf: NameOf;
  selfId: string;
  onRestore: (text: string, mode: ComposerMode) => void;
}) {
  const session = props.workspace.timeline;
  const sends = props.workspace.sends;
  // fixed when the timeline first shows: what arrives while the agent reads is not "new since you last read"
  const [unreadSeq, setUnreadSeq] = createSignal<number | null>(null);
  let scroller!: HTMLDivElement;
  let atBottom = true;
  let placed = false;
  let fromBottomBeforeOlder: number | null = null;

  const nearBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < EDGE_PX;

  function loadOlder() {
    if (!session.timeline().hasOlder || session.loadingOlder()) return;
    fromBottomBeforeOlder = scroller.scrollHeight - scroller.scrollTop;
    void session.loadOlder();
  }

  createEffect(
    on([() => session.timeline(), sends.sends, session.status], ([timeline, , status]) => {
      if (status !== "ready") return;
      props.workspace.readMarker.seen(timeline.lastSeq);
      if (fromBottomBeforeOlder !== null) {
        // older items went in above: keep what the agent was reading where it was
        scroller.scrollTop = scroller.scrollHeight - fromBottomBeforeOlder;
        fromBottomBeforeOlder = null;
        return;
      }
      if (!placed) {
        placed = true;
        setUnreadSeq(firstUnreadSeq(timeline, props.workspace.openedAtReadSeq()));
        // the unread line renders after this effect; place the view once it is in the DOM
        queueMicrotask(() => {
          const marker = scroller.querySelector(".timeline__unread");
          scroller.scrollTop = marker instanceof HTMLElement ? marker.offsetTop - EDGE_PX : scroller.scrollHeight;
        });
        return;
      }
      if (atBottom) scroller.scrollTop = scroller.scrollHeight;
    }),
  );

  return (
    <div
      ref={scroller}
      class="timeline"
      role="log"
      aria-label={`Timeline with ${props.conversation.contactName}`}
      aria-busy={session.status() === "loading"}
      tabindex="0"
      onScroll={() => {
        atBottom = nearBottom();
        if (scroller.scrollTop < EDGE_PX) loadOlder();
      }}
    >
      <Show when={session.status() === "loading"}>
        <p class="timeline__note" role="status">
          Loading the conversation…
        </p>
      </Show>
      <Show when={session.problem()}>
        {(problem) => (
          <div class="notice notice--danger timeline__problem" role="alert">
            {problem()}{" "}
            <button
              type="button"
              class="button button--small"
              onClick={() => void (session.status() === "failed" ? session.open() : session.loadOlder())}
            >
              Try again
            </button>
          </div>
        )}
      </Show>
      <Show when={session.timeline().hasOlder}>
        <button type="button" class="button button--small timeline__older" disabled={session.loadingOlder()} onClick={loadOlder}>
          {session.loadingOlder() ? "Loading earlier items…" : "Load earlier items"}
        </button>
      </Show>
      <Show when={session.status() === "ready" && !session.timeline().hasOlder}>
        <p class="timeline__note">Start of the conversation · {props.brand.name}</p>
      </Show>
      <ol class="timeline__items">
        <For each={session.timeline().items}>
          {(item) => (
            <>
              <Show when={item.seq === unreadSeq()}>
                <li class="timeline__unread" aria-label="New since you last read">
                  <span>New</span>
                </li>
              </Show>
              <li class="timeline__item">
                <TimelineEntry item={item} contactName={props.conversation.contactName} brand={props.brand} nameOf={props.nameOf} selfId={props.selfId} />
              </li>
            </>
          )}
        </For>
        <For each={sends.sends()}>
          {(send) => (
            <li class="timeline__item">
              <div
                class="entry entry--pending"
                classList={{ "entry--note": send.kind === "note", "entry--message entry--outbound": send.kind === "message", "entry--failed": send.state !== "sending" }}
              >
                <div class="entry__meta">
                  <Show when={send.kind === "note"}>
                    <span class="entry__badge">Internal note</span>
                  </Show>
                  <span class="entry__author">You</span>
                  <span class="entry__state">{send.state === "sending" ? "Sending…" : send.state === "conflict" ? "Not sent yet" : "Not sent"}</span>
                </div>
                <p class="entry__body">{send.body}</p>
                <Show when={send.problem}>
                  {(problem) => (
                    <div class="entry__problem" role="alert">
                      <p>{problem()}</p>
                      <div class="entry__problem-actions">
                        <Show
                          when={send.state === "conflict"}
                          fallback={
                            <button type="button" class="button button--small" onClick={() => sends.retry(send.clientId)}>
                              Retry
                            </button>
                          }
                        >
                          <button type="button" class="button button--small button--primary" onClick={() => sends.sendAnyway(send.clientId)}>
                            Send anyway
                          </button>
                        </Show>
                        <button
                          type="button"
                          class="button button--small button--ghost"
                          onClick={() => {
                            const discarded = sends.discard(send.clientId);
                            if (discarded) props.onRestore(discarded.body, discarded.kind);
                          }}
                        >
                          Edit
                        </button>
                      </div>
                    </div>
                  )}
                </Show>
              </div>
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}
