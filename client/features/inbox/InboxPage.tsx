/**
 * The inbox: the view's list (or search results) beside the open conversation. The view lives in the address;
 * the sort is the agent's own choice, kept in this browser. Below 1280 px a conversation takes the whole width
 * and Escape brings the list back.
 *
 * Changing the view is a router transition, and the list's data is read under a Suspense boundary, so the page
 * keeps the view it shows until the next view's first page is in and then switches title, side bar, list and
 * address in one render. A quick answer is never seen loading, and the browser renders nothing while the server
 * works on it (on a small machine they share the processor); a slow one marks the list busy.
 */
import { createEffect, createMemo, createSignal, Match, on, onCleanup, Show, Suspense, Switch } from "solid-js";
import { useIsRouting, useLocation, useNavigate, useSearchParams, type RouteSectionProps } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import { useNow } from "../../ui/useNow.ts";
import { useSustained } from "../../ui/useSustained.ts";
import { useAgent } from "../auth/AgentContext.tsx";
import { registerCommands } from "../keyboard/registry.ts";
import { ConversationList } from "./ConversationList.tsx";
import { DEFAULT_FILTER, describeFilter, filterFromParams, inboxHref, paramsFromFilter, sameFilter, type ViewFilter } from "./filter.ts";
import { InboxFilters } from "./InboxFilters.tsx";
import { inboxSort, inboxSyncFor, setInboxSort, useInboxList, useInboxSearch } from "./store.ts";
import "./inbox.css";

/** How long a view change may wait for its first page before the list it replaces is marked busy, in ms. */
const BUSY_AFTER_MS = 200;

export default function InboxPage(props: RouteSectionProps) {
  const agent = useAgent();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const brands = createMemo(() => new Map<string, BrandSummary>(agent().brands.map((brand) => [brand.id, brand])));
  const filter = createMemo(() => filterFromParams(params, [...brands().keys()]), DEFAULT_FILTER, { equals: sameFilter });
  const query = () => (typeof params.q === "string" ? params.q.trim() : "");
  const searching = () => query() !== "";
  const openId = () => location.pathname.match(/^\/inbox\/c\/([^/?]+)/)?.[1] ?? null;
  const listInput = createMemo(() => ({ filter: filter(), sort: inboxSort() }), undefined, {
    equals: (a, b) => a.sort === b.sort && sameFilter(a.filter, b.filter),
  });
  const list = useInboxList(queryClient, listInput, () => agent().user.id);
  const search = useInboxSearch(query, filter);
  const current = () => (searching() ? search : list);
  const rows = () => (searching() ? (search.data?.rows ?? []) : (list.data?.rows ?? []));
  const more = () => !searching() && (list.data?.nextCursor ?? null) !== null;
  const now = useNow(30_000);
  const busy = useSustained(useIsRouting(), BUSY_AFTER_MS);
  const [activeId, setActiveId] = createSignal<string | null>(null);
  const [loadProblem, setLoadProblem] = createSignal<string | null>(null);
  let loadingMore = false;
  let listElement: HTMLDivElement | undefined;
  let searchInput: HTMLInputElement | undefined;

  createEffect(on(openId, (id) => id !== null && setActiveId(id)));
  createEffect(on(listInput, () => setLoadProblem(null), { defer: true }));

  async function loadMore() {
    if (loadingMore || loadProblem() !== null) return;
    loadingMore = true;
    const result = await inboxSyncFor(queryClient).loadMore(listInput(), agent().user.id);
    loadingMore = false;
    if (!result.ok) setLoadProblem(result.message);
  }

  const suffix = () => location.search;
  const open = (id: string) => navigate(`/inbox/c/${id}${suffix()}`);
  function back() {
    navigate(`/inbox${suffix()}`);
    queueMicrotask(() => listElement?.focus());
  }

  function step(by: number) {
    const shown = rows();
    if (shown.length === 0) return;
    const index = shown.findIndex((row) => row.id === activeId());
    const next = shown[index === -1 ? 0 : Math.max(0, Math.min(shown.length - 1, index + by))];
    if (next === undefined) return;
    setActiveId(next.id);
    // with a conversation open, moving opens the next one, as in a mail client
    if (openId() !== null) open(next.id);
  }

  function setFilter(next: ViewFilter) {
    setParams(paramsFromFilter(next, query()));
  }

  onCleanup(
    registerCommands({
      "list.next": () => step(1),
      "list.previous": () => step(-1),
      "list.open": () => {
        const id = activeId() ?? rows()[0]?.id;
        if (id) open(id);
      },
      "search.focus": () => searchInput?.focus(),
      "list.back": () => {
        if (openId() !== null) back();
        else if (searching()) setParams({ q: undefined });
      },
    }),
  );

  const title = () => (searching() ? `Search: “${query()}”` : describeFilter(filter(), (id) => brands().get(id)?.name));
  /** a new view gets a new list, scrolled to its top */
  const viewKey = () => `${inboxSort()} ${query()} ${inboxHref(filter())}`;
  const countText = () => {
    const count = rows().length;
    if (searching()) return count === 1 ? "1 match" : `${count} matches`;
    return more() ? `${count}+ conversations` : count === 1 ? "1 conversation" : `${count} conversations`;
  };

  return (
    <div class="inbox" classList={{ "inbox--open": openId() !== null }}>
      <section class="inbox__list" aria-labelledby="inbox-title" aria-busy={busy() ? "true" : undefined}>
        <header class="inbox__header">
          <div class="inbox__heading">
            <h1 id="inbox-title" class="inbox__title">
              {title()}
            </h1>
            <Show when={current().data}>
              <span class="inbox__count" role="status">
                {countText()}
              </span>
            </Show>
          </div>
          <InboxFilters
            filter={filter()}
            query={query()}
            sort={inboxSort()}
            brands={agent().brands}
            onFilter={setFilter}
            onQuery={(q) => setParams({ q: q.trim() === "" ? undefined : q.trim() })}
            onSort={setInboxSort}
            searchRef={(element) => (searchInput = element)}
          />
        </header>
        {/* reading the rows suspends while a view's first page is on its way (the Match below on isPending covers a
            query that cannot fetch yet, offline before anything loaded, which does not suspend) */}
        <Suspense fallback={<Loading />}>
          <Switch>
            <Match when={current().isError}>
              <div role="alert" class="notice notice--danger inbox__notice">
                Could not load conversations: {current().error?.message}{" "}
                <button type="button" class="button button--small" onClick={() => void current().refetch()}>
                  Try again
                </button>
              </div>
            </Match>
            <Match when={current().isPending && rows().length === 0}>
              <Loading />
            </Match>
            <Match when={rows().length === 0}>
              <p class="inbox__empty">{searching() ? "No conversation matches your search." : "No conversations in this view. Nice work."}</p>
            </Match>
            <Match when={viewKey()} keyed>
              <ConversationList
                ref={(element) => (listElement = element)}
                rows={rows()}
                label={title()}
                activeId={activeId()}
                openId={openId()}
                more={more()}
                brands={brands()}
                now={now()}
                selfId={agent().user.id}
                onActivate={setActiveId}
                onOpen={open}
                onNearEnd={() => void loadMore()}
              />
              <Show when={loadProblem()}>
                {(problem) => (
                  <div role="alert" class="notice notice--danger inbox__notice">
                    Could not load more: {problem()}{" "}
                    <button
                      type="button"
                      class="button button--small"
                      onClick={() => {
                        setLoadProblem(null);
                        void loadMore();
                      }}
                    >
                      Try again
                    </button>
                  </div>
                )}
              </Show>
            </Match>
          </Switch>
        </Suspense>
      </section>
      <div class="inbox__workspace">
        <Show
          when={openId() !== null}
          fallback={
            <div class="inbox__placeholder">
              <p>Choose a conversation to open it.</p>
              <p class="muted">
                <kbd>j</kbd> <kbd>k</kbd> to move, <kbd>Enter</kbd> to open, <kbd>?</kbd> for every shortcut.
              </p>
            </div>
          }
        >
          {props.children}
        </Show>
      </div>
    </div>
  );
}

function Loading() {
  return (
    <p role="status" class="inbox__empty">
      Loading conversations…
    </p>
  );
}
