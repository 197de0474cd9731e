import { Show } from "solid-js";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import { slaClock } from "../../../shared/domain/sla/clock.ts";
import { describeSlaClock, shortSlaText } from "./wording.ts";
import "./sla.css";

/** The SLA clock as a small badge; its full wording is the accessible name and the tooltip. */
export function SlaBadge(props: { conversation: Conversation; now: Date; long?: boolean }) {
  const clock = () => slaClock(props.conversation, props.now);
  return (
    <Show when={clock().tone !== "none"}>
      <span class="sla" data-tone={clock().tone} title={describeSlaClock(clock())}>
        <svg class="sla__icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8.5" r="5.5" />
          <path d="M8 5.5v3l2 1.5M6.5 1.5h3" />
        </svg>
        <Show when={props.long} fallback={<span aria-label={describeSlaClock(clock())}>{shortSlaText(clock())}</span>}>
          <span>{describeSlaClock(clock())}</span>
        </Show>
      </span>
    </Show>
  );
}
