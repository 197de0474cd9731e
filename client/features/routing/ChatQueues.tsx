import { For, Match, Show, Switch } from "solid-js";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import { useNowWhile } from "../../ui/useNow.ts";
import { DEFAULT_FILTER, inboxHref } from "../inbox/filter.ts";
import { queueView } from "./queues.ts";
import { useQueues } from "./store.ts";
import "./routing.css";

/**
 * The side bar's chat queues, one per brand the agent works: how many wait and how long the first in line has
 * waited, ticking each second. Each links to the brand's unassigned chats.
 */
export function ChatQueues(props: { brands: readonly BrandSummary[] }) {
  const queues = useQueues(() => props.brands.length > 0);
  // the longest wait ticks each second, but only while someone waits
  const now = useNowWhile(() => (queues.data ?? []).some((queue) => queue.waiting > 0), 1000);
  const queueOf = (brandId: string) => queues.data?.find((queue) => queue.brandId === brandId);
  const hrefOf = (brandId: string) =>
    inboxHref({ ...DEFAULT_FILTER, brandIds: [brandId], channels: ["chat"], assignee: "unassigned" });

  return (
    <section class="chat-queues" aria-labelledby="chat-queues-heading">
      <h2 id="chat-queues-heading" class="sidebar__heading">
        Chat queues
      </h2>
      <Switch>
        <Match when={queues.isError && queues.data === undefined}>
          <p class="chat-queues__problem">
            Queues unavailable.{" "}
            <button type="button" class="chat-queues__retry" onClick={() => void queues.refetch()}>
              Retry
            </button>
          </p>
        </Match>
        <Match when={queues.data === undefined}>
          <p class="chat-queues__loading">Loading queues…</p>
        </Match>
        <Match when={true}>
          <ul class="chat-queues__list">
            <For each={props.brands}>
              {(brand) => {
                const view = () => queueView(queueOf(brand.id), now());
                return (
                  <li style={{ "--brand-color": brand.color }}>
                    <a href={hrefOf(brand.id)} class="chat-queues__entry" data-tone={view().tone}>
                      <abbr class="brand-short" title={brand.name}>
                        {brand.shortName}
                      </abbr>
                      <span class="chat-queues__name">{brand.name}</span>
                      <span class="chat-queues__state">
                        <span aria-hidden="true">
                          <For each={view().parts}>
                            {(part, index) => (
                              <>
                                <Show when={index() > 0}> · </Show>
                                <span class="chat-queues__part">{part}</span>
                              </>
                            )}
                          </For>
                        </span>
                        <span class="visually-hidden">{view().label}</span>
                      </span>
                      <Show when={view().noAgentFree}>
                        <span class="chat-queues__alert">No agent free</span>
                      </Show>
                    </a>
                  </li>
                );
              }}
            </For>
          </ul>
        </Match>
      </Switch>
    </section>
  );
}
