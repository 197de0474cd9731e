import { For, Show } from "solid-js";
import type { InboxCounts } from "../../../shared/schemas/inbox.ts";
import { inboxHref, inboxViews, type InboxView } from "./filter.ts";

/** The side bar's inbox views with their live counts; the brand views sit with the brands (BrandList). */
export function InboxViews(props: { counts: InboxCounts | undefined; isCurrent: (view: InboxView) => boolean }) {
  const views = inboxViews();
  const group = (label: string, list: InboxView[]) => (
    <div class="inbox-views__group">
      <h3 class="inbox-views__heading">{label}</h3>
      <ul class="inbox-views__list">
        <For each={list}>
          {(view) => (
            <li>
              {/* a plain link (the router still handles it): <A> would mark every view current, as they share /inbox */}
              <a href={inboxHref(view.filter)} class="inbox-views__link" aria-current={props.isCurrent(view) ? "page" : undefined}>
                <span>{view.label}</span>
                <Show when={props.counts}>{(counts) => <span class="view-count">{view.count(counts()) ?? 0}</span>}</Show>
              </a>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
  return (
    <nav class="inbox-views" aria-label="Inbox views">
      {group("Inbox", views.queues)}
      {group("Channels", views.channels)}
      {group("Later", views.later)}
    </nav>
  );
}
