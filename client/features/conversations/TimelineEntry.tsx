import { Match, Show, Switch } from "solid-js";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { TimelineItem } from "../../../shared/schemas/timeline.ts";
import { formatDateTime, formatTimeOfDay } from "../../ui/time.ts";
import { formatDuration } from "../sla/wording.ts";
import { chatEventOf, describeSystemItem, type NameOf } from "./systemItems.ts";

/** One timeline item: the customer's and agents' words as bubbles, notes set apart, system events as quiet lines. */
export function TimelineEntry(props: { item: TimelineItem; contactName: string; brand: BrandSummary; nameOf: NameOf; selfId: string }) {
  const time = () => (
    <time
      class="entry__time"
      datetime={props.item.createdAt}
      title={`${formatDateTime(props.item.createdAt)} your time · ${formatDateTime(props.item.createdAt, props.brand.timeZone)} brand time`}
    >
      {formatTimeOfDay(props.item.createdAt)}
    </time>
  );
  const author = () =>
    props.item.authorType === "contact"
      ? props.contactName
      : props.item.authorUserId === props.selfId
        ? "You"
        : props.nameOf(props.item.authorUserId);
  const callMs = () => (typeof props.item.data.durationMs === "number" ? props.item.data.durationMs : null);

  return (
    <Switch
      fallback={
        <p class="entry entry--system" data-event={chatEventOf(props.item)}>
          <span>
            {describeSystemItem(props.item, props.nameOf)} · {time()}
          </span>
        </p>
      }
    >
      <Match when={props.item.kind === "message"}>
        <div class="entry entry--message" classList={{ "entry--outbound": props.item.direction === "outbound" }}>
          <div class="entry__meta">
            <span class="entry__author">{author()}</span>
            {time()}
          </div>
          <p class="entry__body">{props.item.body}</p>
        </div>
      </Match>
      <Match when={props.item.kind === "note"}>
        <div class="entry entry--note">
          <div class="entry__meta">
            <span class="entry__badge">Internal note</span>
            <span class="entry__author">{author()}</span>
            {time()}
          </div>
          <p class="entry__body">{props.item.body}</p>
        </div>
      </Match>
      <Match when={props.item.kind === "call"}>
        <p class="entry entry--system entry--call">
          {props.item.direction === "outbound" ? "Outbound call" : `Call from ${props.contactName}`}
          <Show when={callMs()}>{(ms) => <> · {formatDuration(ms())}</>}</Show> · {time()}
        </p>
      </Match>
    </Switch>
  );
}
