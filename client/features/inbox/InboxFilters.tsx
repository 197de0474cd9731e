import { createSignal, For, onCleanup, Show } from "solid-js";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { ConversationStatus } from "../../../shared/schemas/conversation.ts";
import type { InboxSort } from "../../../shared/schemas/inbox.ts";
import { CHANNELS, channelTraits } from "../../../shared/domain/channels.ts";
import { normaliseTags } from "../../../shared/domain/conversations/tags.ts";
import { DEFAULT_FILTER, sortLabel, type ViewFilter } from "./filter.ts";

/** How long the search waits for the agent to stop typing, in ms. */
const SEARCH_DEBOUNCE_MS = 300;

const statusChoices: { value: string; label: string; statuses: ConversationStatus[] }[] = [
  { value: "open", label: "Open", statuses: ["open"] },
  { value: "pending", label: "Pending", statuses: ["pending"] },
  { value: "snoozed", label: "Snoozed", statuses: ["snoozed"] },
  { value: "pending,snoozed", label: "Pending & snoozed", statuses: ["pending", "snoozed"] },
  { value: "resolved", label: "Resolved", statuses: ["resolved"] },
  { value: "", label: "Any status", statuses: [] },
];

const MIXED = "__mixed";

/** Search, sort, and the filter (brand × channel × status × assignee × tag) of the view, all written to the address. */
export function InboxFilters(props: {
  filter: ViewFilter;
  query: string;
  sort: InboxSort;
  brands: readonly BrandSummary[];
  onFilter: (next: ViewFilter) => void;
  onQuery: (query: string) => void;
  onSort: (sort: InboxSort) => void;
  searchRef: (element: HTMLInputElement) => void;
}) {
  const [expanded, setExpanded] = createSignal(false);
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(searchTimer));

  const changed = () =>
    [
      props.filter.brandIds.length > 0,
      props.filter.channels.length > 0,
      props.filter.statuses.join(",") !== "open",
      props.filter.assignee !== "any",
      props.filter.tags.length > 0,
    ].filter(Boolean).length;
  const statusValue = () => statusChoices.find((choice) => choice.statuses.join(",") === props.filter.statuses.join(","))?.value ?? MIXED;
  const single = (values: readonly string[]) => (values.length === 0 ? "" : values.length === 1 ? (values[0] as string) : MIXED);
  const assigneeValue = () => (["any", "me", "unassigned"].includes(props.filter.assignee) ? props.filter.assignee : MIXED);

  function addTag(input: HTMLInputElement) {
    const tags = normaliseTags([...props.filter.tags, input.value]);
    input.value = "";
    if (tags.join() !== props.filter.tags.join()) props.onFilter({ ...props.filter, tags });
  }

  return (
    <div class="inbox-filters">
      <div class="inbox-filters__bar">
        <input
          ref={props.searchRef}
          class="field__input inbox-filters__search"
          type="search"
          aria-label="Search conversations"
          aria-keyshortcuts="/"
          placeholder="Search…"
          value={props.query}
          onInput={(event) => {
            const value = event.currentTarget.value;
            clearTimeout(searchTimer);
            searchTimer = setTimeout(() => props.onQuery(value), SEARCH_DEBOUNCE_MS);
          }}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            clearTimeout(searchTimer);
            props.onQuery(event.currentTarget.value);
          }}
        />
        <button
          type="button"
          class="button button--small"
          aria-expanded={expanded()}
          aria-controls="inbox-filter-panel"
          onClick={() => setExpanded(!expanded())}
        >
          Filters{changed() > 0 ? ` (${changed()})` : ""}
        </button>
        <label class="visually-hidden" for="inbox-sort">
          Sort by
        </label>
        <select
          id="inbox-sort"
          class="field__input field__input--compact"
          value={props.sort}
          onChange={(event) => props.onSort(event.currentTarget.value as InboxSort)}
        >
          <option value="attention">{sortLabel.attention}</option>
          <option value="newest">{sortLabel.newest}</option>
        </select>
      </div>
      <Show when={expanded()}>
        <div id="inbox-filter-panel" class="inbox-filters__panel" role="group" aria-label="Filters">
          <label class="inbox-filters__field">
            <span>Brand</span>
            <select
              class="field__input field__input--compact"
              value={single(props.filter.brandIds)}
              onChange={(event) => props.onFilter({ ...props.filter, brandIds: event.currentTarget.value ? [event.currentTarget.value] : [] })}
            >
              <option value="">All brands</option>
              <For each={props.brands}>{(brand) => <option value={brand.id}>{brand.name}</option>}</For>
              <Show when={single(props.filter.brandIds) === MIXED}>
                <option value={MIXED} disabled>
                  {props.filter.brandIds.length} brands
                </option>
              </Show>
            </select>
          </label>
          <label class="inbox-filters__field">
            <span>Channel</span>
            <select
              class="field__input field__input--compact"
              value={single(props.filter.channels)}
              onChange={(event) =>
                props.onFilter({ ...props.filter, channels: event.currentTarget.value ? [event.currentTarget.value as ViewFilter["channels"][number]] : [] })
              }
            >
              <option value="">All channels</option>
              <For each={CHANNELS}>{(channel) => <option value={channel}>{channelTraits[channel].label}</option>}</For>
              <Show when={single(props.filter.channels) === MIXED}>
                <option value={MIXED} disabled>
                  {props.filter.channels.length} channels
                </option>
              </Show>
            </select>
          </label>
          <label class="inbox-filters__field">
            <span>Status</span>
            <select
              class="field__input field__input--compact"
              value={statusValue()}
              onChange={(event) => {
                const choice = statusChoices.find((c) => c.value === event.currentTarget.value);
                if (choice) props.onFilter({ ...props.filter, statuses: choice.statuses });
              }}
            >
              <For each={statusChoices}>{(choice) => <option value={choice.value}>{choice.label}</option>}</For>
              <Show when={statusValue() === MIXED}>
                <option value={MIXED} disabled>
                  {props.filter.statuses.join(", ")}
                </option>
              </Show>
            </select>
          </label>
          <label class="inbox-filters__field">
            <span>Assignee</span>
            <select
              class="field__input field__input--compact"
              value={assigneeValue()}
              onChange={(event) => props.onFilter({ ...props.filter, assignee: event.currentTarget.value })}
            >
              <option value="any">Anyone</option>
              <option value="me">Me</option>
              <option value="unassigned">Unassigned</option>
              <Show when={assigneeValue() === MIXED}>
                <option value={MIXED} disabled>
                  A teammate
                </option>
              </Show>
            </select>
          </label>
          <div class="inbox-filters__field inbox-filters__field--tags">
            <label for="inbox-tag">Tags</label>
            <div class="inbox-filters__tags">
              <For each={props.filter.tags}>
                {(tag) => (
                  <button
                    type="button"
                    class="tag tag--removable"
                    aria-label={`Remove tag filter ${tag}`}
                    onClick={() => props.onFilter({ ...props.filter, tags: props.filter.tags.filter((t) => t !== tag) })}
                  >
                    {tag} <span aria-hidden="true">×</span>
                  </button>
                )}
              </For>
              <input
                id="inbox-tag"
                class="field__input field__input--compact"
                placeholder="Add a tag, Enter"
                onKeyDown={(event) => {
                  if (event.key === "Enter" && event.currentTarget.value.trim() !== "") {
                    event.preventDefault();
                    addTag(event.currentTarget);
                  }
                }}
              />
            </div>
          </div>
          <Show when={changed() > 0}>
            <button type="button" class="button button--small button--ghost inbox-filters__clear" onClick={() => props.onFilter(DEFAULT_FILTER)}>
              Clear filters
            </button>
          </Show>
        </div>
      </Show>
    </div>
  );
}
