/**
 * The inbox list, virtualized: only the rows on screen (and a few either side) are in the DOM, so 10,000 rows
 * scroll like 50. It is a listbox with the active row as its active descendant; rows have one fixed height, which
 * is what lets the list keep the agent's place when pushes add or drop rows above it (scrollAnchor.ts).
 */
import { createEffect, createMemo, For, on, Show } from "solid-js";
import { createVirtualizer } from "@tanstack/solid-virtual";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { InboxRow } from "../../../shared/schemas/conversation.ts";
import { ConversationRow } from "./ConversationRow.tsx";
import { anchoredScrollTop } from "./scrollAnchor.ts";

/** In px; the same as .conversation-list__option's height in inbox.css (a style attribute would break the CSP). */
const ROW_HEIGHT = 80;
/** Ask for the next page while this many rows are still below the viewport. */
const LOAD_AHEAD_ROWS = 30;

const rowElementId = (conversationId: string) => `conversation-row-${conversationId}`;

/**
 * The size the last list measured. Every view's list fills the same box, so a new list starts from it and renders
 * the rows on screen in its first pass, rather than only the overscan and the rest once mounted and measured.
 */
let lastListRect = { width: 0, height: globalThis.innerHeight ?? 0 };

export function ConversationList(props: {
  rows: readonly InboxRow[];
  label: string;
  activeId: string | null;
  openId: string | null;
  more: boolean;
  brands: ReadonlyMap<string, BrandSummary>;
  now: Date;
  selfId: string;
  onActivate: (conversationId: string) => void;
  onOpen: (conversationId: string) => void;
  onNearEnd: () => void;
  ref?: (element: HTMLDivElement) => void;
}) {
  let scroller!: HTMLDivElement;
  // the virtualizer asks every row's key on each measure: a plain array, not a walk through the query's store proxies
  const ids = createMemo((): string[] => props.rows.map((row) => row.id));
  const virtualizer = createVirtualizer({
    get count() {
      return props.rows.length;
    },
    // Only once in the document: Solid builds the element from a template first, in a document without a window,
    // and the virtualizer binds its size and scroll observers once per element, through that window. Bound before
    // insertion (a view whose list is cached renders in one pass), the list stayed empty; onMount binds it instead.
    getScrollElement: () => (scroller?.isConnected ? scroller : null),
    initialRect: lastListRect,
    onChange: (instance) => {
      if (instance.scrollRect) lastListRect = instance.scrollRect;
    },
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
    getItemKey: (index) => ids()[index] ?? index,
  });

  createEffect(
    on(ids, (next, previous) => {
      if (previous === undefined) return;
      const top = anchoredScrollTop(previous, next, scroller.scrollTop, ROW_HEIGHT);
      if (top !== scroller.scrollTop) scroller.scrollTop = top;
    }),
  );

  createEffect(() => {
    const last = virtualizer.getVirtualItems().at(-1);
    if (props.more && last !== undefined && last.index >= props.rows.length - LOAD_AHEAD_ROWS) props.onNearEnd();
  });

  // the active row stays in view as j/k move it
  createEffect(
    on(
      () => props.activeId,
      (id) => {
        const index = id === null ? -1 : props.rows.findIndex((row) => row.id === id);
        if (index !== -1) virtualizer.scrollToIndex(index, { align: "auto" });
      },
    ),
  );

  const activeIndex = () => (props.activeId === null ? -1 : ids().indexOf(props.activeId));
  // an active descendant must exist in the DOM: a row scrolled far out of view is not rendered
  const activeRendered = () => activeIndex() !== -1 && virtualizer.getVirtualItems().some((item) => item.index === activeIndex());

  return (
    <div
      ref={(element) => {
        scroller = element;
        props.ref?.(element);
      }}
      class="conversation-list"
      role="listbox"
      tabindex="0"
      aria-label={props.label}
      aria-activedescendant={activeRendered() ? rowElementId(props.activeId as string) : undefined}
      onKeyDown={(event) => {
        // the arrows work like j/k when the list itself has focus; Enter is the shortcut layer's
        if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
        event.preventDefault();
        const next = props.rows[Math.max(0, Math.min(props.rows.length - 1, activeIndex() + (event.key === "ArrowDown" ? 1 : -1)))];
        if (next) props.onActivate(next.id);
      }}
    >
      <div class="conversation-list__space" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        <For each={virtualizer.getVirtualItems()}>
          {(item) => {
            const row = () => props.rows[item.index];
            return (
              <Show when={row()}>
                {(current) => (
                  <div
                    id={rowElementId(current().id)}
                    role="option"
                    class="conversation-list__option"
                    aria-selected={current().id === props.activeId}
                    aria-current={current().id === props.openId ? "true" : undefined}
                    aria-posinset={item.index + 1}
                    aria-setsize={props.more ? -1 : props.rows.length}
                    style={{ transform: `translateY(${item.start}px)` }}
                    onClick={() => {
                      props.onActivate(current().id);
                      props.onOpen(current().id);
                    }}
                  >
                    <ConversationRow row={current()} brand={props.brands.get(current().brandId)} now={props.now} selfId={props.selfId} />
                  </div>
                )}
              </Show>
            );
          }}
        </For>
      </div>
    </div>
  );
}
