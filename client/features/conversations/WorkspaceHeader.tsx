import { Show } from "solid-js";
import { channelTraits } from "../../../shared/domain/channels.ts";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import { formatTimeOfDay, zoneCity } from "../../ui/time.ts";
import { logoDataUrl } from "../brands/logo.ts";
import { ChannelIcon } from "../inbox/ChannelIcon.tsx";
import { runCommand } from "../keyboard/registry.ts";
import { SlaBadge } from "../sla/SlaBadge.tsx";
import { chatPhaseOf, describeChatPhase, ratingLabel, ratingText, ratingTone } from "./chatState.ts";
import { describePeers, type Peer } from "./presence.ts";

const statusLabel = { open: "Open", pending: "Pending", snoozed: "Snoozed", resolved: "Resolved" } as const;

/** Whose voice, who, and how urgent: the brand band says which brand the agent speaks for before anything else. */
export function WorkspaceHeader(props: {
  conversation: Conversation;
  brand: BrandSummary;
  now: Date;
  peers: readonly Peer[];
  contactOpen: boolean;
  onToggleContact: () => void;
}) {
  const c = () => props.conversation;
  return (
    <header class="workspace-header">
      <div class="workspace-header__band">
        <Show when={props.brand.logoSvg} fallback={<span class="workspace-header__monogram" aria-hidden="true">{props.brand.shortName}</span>}>
          {(svg) => <img class="workspace-header__logo" src={logoDataUrl(svg())} alt="" width="28" height="28" />}
        </Show>
        <span class="workspace-header__brand">{props.brand.name}</span>
        <span class="workspace-header__channel">
          <ChannelIcon channel={c().channel} decorative />
          {channelTraits[c().channel].label}
        </span>
        <span class="workspace-header__clocks">
          <span title={props.brand.timeZone}>
            Brand {formatTimeOfDay(props.now, props.brand.timeZone)} {zoneCity(props.brand.timeZone)}
          </span>
          <Show when={c().contactTimeZone}>
            {(zone) => (
              <span title={zone()}>
                Customer {formatTimeOfDay(props.now, zone())} {zoneCity(zone())}
              </span>
            )}
          </Show>
          <span>You {formatTimeOfDay(props.now)}</span>
        </span>
        <span class="workspace-header__tools">
          <button type="button" class="button button--small button--ghost" aria-pressed={props.contactOpen} onClick={() => props.onToggleContact()}>
            Contact
          </button>
          <button type="button" class="button button--small button--ghost" aria-keyshortcuts="Escape" onClick={() => runCommand("list.back")}>
            Back to list
          </button>
        </span>
      </div>
      <div class="workspace-header__main">
        <div class="workspace-header__who">
          <h2 id="workspace-title" class="workspace-header__title">
            {c().contactName}
          </h2>
          <Show when={c().subject}>{(subject) => <p class="workspace-header__subject">{subject()}</p>}</Show>
        </div>
        <dl class="workspace-header__facts">
          <div>
            <dt>Status</dt>
            <dd>
              <span class="status" data-status={c().status}>
                {statusLabel[c().status]}
              </span>
              <Show when={c().status === "snoozed" && c().snoozedUntil}>
                {(until) => <span class="muted"> until {formatTimeOfDay(until())}</span>}
              </Show>
            </dd>
          </div>
          <Show when={chatPhaseOf(c())}>
            {(chat) => {
              const words = () => describeChatPhase(chat(), props.now);
              return (
                <div>
                  <dt>Chat</dt>
                  <dd class="chat-phase" data-phase={chat().phase}>
                    <span class="chat-phase__dot" aria-hidden="true" />
                    <span>{words().text}</span>
                    <Show when={words().detail}>{(detail) => <span class="muted">{detail()}</span>}</Show>
                  </dd>
                </div>
              );
            }}
          </Show>
          <div>
            <dt>Assignee</dt>
            <dd>{c().assigneeName ?? "Unassigned"}</dd>
          </div>
          <div>
            <dt>Priority</dt>
            <dd>
              <span class="priority" data-priority={c().priority}>
                {c().priority}
              </span>
            </dd>
          </div>
          <div>
            <dt>SLA</dt>
            <dd>
              <SlaBadge conversation={c()} now={props.now} long />
              <Show when={c().firstRespondedAt}>
                {(at) => <span class="muted workspace-header__answered">answered {formatTimeOfDay(at())}</span>}
              </Show>
            </dd>
          </div>
          <Show when={c().rating}>
            {(rating) => (
              <div>
                <dt>Rating</dt>
                <dd>
                  <span class="rating" data-tone={ratingTone(rating())}>
                    <span aria-hidden="true">{ratingText(rating())}</span>
                    <span class="visually-hidden">{ratingLabel(rating())}</span>
                  </span>
                </dd>
              </div>
            )}
          </Show>
        </dl>
      </div>
      <Show when={c().rating?.comment.trim()}>
        {(comment) => (
          <p class="workspace-header__rating-comment">
            <span class="workspace-header__rating-label">Customer's comment</span> “{comment()}”
          </p>
        )}
      </Show>
      <p class="workspace-header__presence" role="status">
        {describePeers(props.peers)}
      </p>
      <details class="tone">
        <summary>
          <span class="tone__label">Tone for {props.brand.name}</span>
          <span class="tone__preview">{props.brand.toneNotes}</span>
        </summary>
        <p class="tone__text">{props.brand.toneNotes}</p>
      </details>
    </header>
  );
}
