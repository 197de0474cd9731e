import { Show } from "solid-js";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { InboxRow } from "../../../shared/schemas/conversation.ts";
import { describeAge, formatAge, formatDateTime } from "../../ui/time.ts";
import { SlaBadge } from "../sla/SlaBadge.tsx";
import { ChannelIcon } from "./ChannelIcon.tsx";
import { chatRowState } from "./chatRow.ts";
import { isUnread } from "./inboxList.ts";

const priorityLabel = { low: "Low", normal: "Normal", high: "High", urgent: "Urgent" } as const;

/** One conversation in the list: whose brand, who, what about, how old, whose, how urgent. */
export function ConversationRow(props: { row: InboxRow; brand: BrandSummary | undefined; now: Date; selfId: string }) {
  const unread = () => isUnread(props.row);
  const chat = () => chatRowState(props.row, props.now);
  const assignee = () =>
    props.row.assigneeId === null ? "Unassigned" : props.row.assigneeId === props.selfId ? "You" : (props.row.assigneeName ?? "A teammate");
  return (
    <div class="row" classList={{ "row--unread": unread() }} style={{ "--brand-color": props.brand?.color ?? "var(--border-strong)" }}>
      <span class="row__bar" aria-hidden="true" />
      <div class="row__line">
        <Show when={unread()}>
          <span class="row__unread" title="Unread">
            <span class="visually-hidden">Unread, </span>
          </span>
        </Show>
        <span class="row__contact">{props.row.contactName}</span>
        <abbr class="brand-short" title={props.brand?.name ?? "Brand"}>
          {props.brand?.shortName ?? "?"}
        </abbr>
        <Show
          when={chat()?.idle}
          fallback={
            <time class="row__age" datetime={props.row.lastActivityAt} title={formatDateTime(props.row.lastActivityAt)}>
              <span aria-hidden="true">{formatAge(props.row.lastActivityAt, props.now)}</span>
              <span class="visually-hidden">{describeAge(props.row.lastActivityAt, props.now)}</span>
            </time>
          }
        >
          {(idle) => (
            <time class="row__age row__age--idle" datetime={props.row.lastActivityAt} title={`Last activity ${formatDateTime(props.row.lastActivityAt)}`}>
              <span aria-hidden="true">{idle().short}</span>
              <span class="visually-hidden">{idle().long}</span>
            </time>
          )}
        </Show>
      </div>
      <div class="row__line row__line--text">
        <ChannelIcon channel={props.row.channel} />
        <span class="row__text">{props.row.subject ?? props.row.lastPreview}</span>
      </div>
      <div class="row__line row__line--meta">
        <Show when={chat()?.queued}>
          <span class="row__chat-badge row__chat-badge--queued">Queued</span>
        </Show>
        <Show when={chat()?.ended}>
          <span class="row__chat-badge">Chat ended</span>
        </Show>
        <span class="row__assignee" classList={{ "row__assignee--none": props.row.assigneeId === null }}>
          {assignee()}
        </span>
        <Show when={props.row.priority !== "normal"}>
          <span class="priority" data-priority={props.row.priority}>
            {priorityLabel[props.row.priority]}
          </span>
        </Show>
        <Show when={props.row.status !== "open"}>
          <span class="row__status">{props.row.status}</span>
        </Show>
        <span class="row__spacer" />
        <SlaBadge conversation={props.row} now={props.now} />
      </div>
    </div>
  );
}
