/**
 * The agent's status in the top bar: a menu button with a coloured dot (available green, away amber with the
 * reason, offline grey) and the open chats against the capacity beside it. The menu follows the WAI-ARIA menu
 * button pattern: Enter, Space or the arrows open it, arrows move, Escape or Tab close it, focus comes back.
 * Someone who takes no chats (a trainer) has no status to set, and sees none.
 */
import { createEffect, createSignal, createUniqueId, For, on, onCleanup, Show } from "solid-js";
import { useQueryClient } from "@tanstack/solid-query";
import { takesChats } from "../../../shared/domain/access/can.ts";
import { request } from "../../realtime/request.ts";
import { connectionState } from "../../realtime/socket.ts";
import { principalOf, useAgent } from "../auth/AgentContext.tsx";
import {
  choiceHint,
  choiceLabel,
  createStatusControl,
  describeLoad,
  isCurrentChoice,
  loadText,
  STATUS_CHOICES,
  statusLabel,
  type StatusChoice,
} from "./agentStatus.ts";
import { applyAgentState, useAgentState } from "./store.ts";
import "./routing.css";

const AVAILABLE = STATUS_CHOICES.filter((choice) => choice.status === "available");
const AWAY = STATUS_CHOICES.filter((choice) => choice.status === "away");
const OFFLINE = STATUS_CHOICES.filter((choice) => choice.status === "offline");

export function AgentStatusMenu() {
  const agent = useAgent();
  return (
    <Show when={takesChats(principalOf(agent()))}>
      <StatusMenu />
    </Show>
  );
}

function StatusMenu() {
  const queryClient = useQueryClient();
  const state = useAgentState(() => true);
  const control = createStatusControl({ request, apply: (next) => applyAgentState(queryClient, next) });
  const [open, setOpen] = createSignal(false);
  const menuId = createUniqueId();
  const awayLabelId = createUniqueId();
  let root!: HTMLDivElement;
  let button!: HTMLButtonElement;
  let menu: HTMLDivElement | undefined;

  createEffect(on(() => state.data, (next) => next && control.observe(next)));
  createEffect(on(connectionState, (now) => now !== "connected" && control.connectionLost(), { defer: true }));

  const onDocumentClick = (event: MouseEvent) => {
    if (open() && !root.contains(event.target as Node)) setOpen(false);
  };
  document.addEventListener("click", onDocumentClick);
  onCleanup(() => document.removeEventListener("click", onDocumentClick));

  const items = () => [...(menu?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
  function focusItem(which: "current" | "first" | "last" | number) {
    const list = items();
    if (list.length === 0) return;
    const currentIndex = list.findIndex((item) => item.getAttribute("aria-checked") === "true");
    const index = which === "first" ? 0 : which === "last" ? list.length - 1 : which === "current" ? Math.max(0, currentIndex) : which;
    list[(index + list.length) % list.length]?.focus();
  }
  function openMenu(which: "current" | "first" | "last") {
    setOpen(true);
    // the menu renders in this same tick; focus it once it is in the document
    queueMicrotask(() => focusItem(which));
  }
  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) button.focus();
  }
  function choose(choice: StatusChoice) {
    close(true);
    const current = state.data;
    if (current && isCurrentChoice(choice, current)) return;
    void control.choose(choice);
  }

  const shown = (): StatusChoice | undefined => control.pending() ?? state.data;
  const tone = () => shown()?.status ?? "unknown";
  const buttonText = () => {
    const s = shown();
    return s === undefined ? (state.isError ? "Status unavailable" : "Status…") : statusLabel(s);
  };

  const item = (choice: StatusChoice) => (
    <button
      type="button"
      role="menuitemradio"
      class="status-menu__item"
      aria-checked={state.data ? isCurrentChoice(choice, state.data) : false}
      tabindex="-1"
      data-status={choice.status}
      onClick={() => choose(choice)}
    >
      <span class="status-dot" aria-hidden="true" />
      <span class="status-menu__label">{choiceLabel(choice)}</span>
      <Show when={choiceHint(choice)}>{(hint) => <span class="status-menu__hint">{hint()}</span>}</Show>
    </button>
  );

  return (
    <div
      class="agent-status"
      ref={root}
      onFocusOut={(event) => {
        // Tab out of the menu closes it, as in any menu; a click elsewhere is the document listener's
        const to = event.relatedTarget as Node | null;
        if (open() && to !== null && !root.contains(to)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        class="agent-status__button"
        data-status={tone()}
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={open() ? menuId : undefined}
        aria-busy={control.pending() !== null}
        aria-label={`Your status: ${buttonText()}${control.pending() ? ", saving" : ""}`}
        onClick={() => {
          if (state.isError && state.data === undefined) void state.refetch();
          else if (open()) close(false);
          else openMenu("current");
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            openMenu(event.key === "ArrowDown" ? "current" : "last");
          }
        }}
      >
        <span class="status-dot" classList={{ "status-dot--pending": control.pending() !== null }} aria-hidden="true" />
        <span class="agent-status__label">{buttonText()}</span>
        <svg class="agent-status__caret" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M3 4.5 6 7.5 9 4.5" />
        </svg>
      </button>
      <Show when={state.data}>
        {(current) => (
          <span class="agent-status__load" title={describeLoad(current())}>
            <span aria-hidden="true">{loadText(current())}</span>
            <span class="visually-hidden">{describeLoad(current())}</span>
          </span>
        )}
      </Show>

      <Show when={open() && state.data !== undefined}>
        <div
          ref={menu}
          id={menuId}
          class="popover status-menu"
          role="menu"
          aria-label="Set your status"
          onKeyDown={(event) => {
            const list = items();
            const index = list.indexOf(document.activeElement as HTMLElement);
            if (event.key === "ArrowDown") focusItem(index + 1);
            else if (event.key === "ArrowUp") focusItem(index - 1);
            else if (event.key === "Home") focusItem("first");
            else if (event.key === "End") focusItem("last");
            else if (event.key === "Escape") close(true);
            else return;
            event.preventDefault();
          }}
        >
          <For each={AVAILABLE}>{item}</For>
          <div role="group" class="status-menu__group" aria-labelledby={awayLabelId}>
            <span id={awayLabelId} class="status-menu__heading" data-status="away">
              <span class="status-dot" aria-hidden="true" />
              Away
            </span>
            <For each={AWAY}>{item}</For>
          </div>
          <div role="separator" class="status-menu__separator" />
          <For each={OFFLINE}>{item}</For>
        </div>
      </Show>

      <Show when={control.failure()}>
        {(failure) => (
          <div role="alert" class="popover agent-status__popup agent-status__popup--danger">
            <p>
              Could not set your status to {statusLabel(failure().choice)}: {failure().message}
            </p>
            <div class="agent-status__popup-actions">
              <button type="button" class="button button--small" onClick={() => failure().retry()}>
                Retry
              </button>
              <button type="button" class="button button--small button--ghost" onClick={() => control.dismissFailure()}>
                Dismiss
              </button>
            </div>
          </div>
        )}
      </Show>
      <Show when={!control.failure() && control.notice()}>
        {(notice) => (
          <div role="alert" class="popover agent-status__popup">
            <p>{notice()}</p>
            <div class="agent-status__popup-actions">
              <button
                type="button"
                class="button button--small button--primary"
                onClick={() => void control.choose({ status: "available", awayReason: null })}
              >
                Set available
              </button>
              <button type="button" class="button button--small button--ghost" onClick={() => control.dismissNotice()}>
                Dismiss
              </button>
            </div>
          </div>
        )}
      </Show>
    </div>
  );
}
