import { createSignal, onCleanup, Show } from "solid-js";
import { attentionSettings, setAttentionSettings } from "./attention.ts";

/** A small popover in the top bar: sound and desktop notifications on or off, kept in this browser. */
export function AttentionSettings() {
  const [open, setOpen] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  let root!: HTMLDivElement;
  let toggle!: HTMLButtonElement;

  const onDocumentClick = (event: MouseEvent) => {
    if (open() && !root.contains(event.target as Node)) setOpen(false);
  };
  document.addEventListener("click", onDocumentClick);
  onCleanup(() => document.removeEventListener("click", onDocumentClick));

  /** On only when the browser lets it through: a switch that shows "on" but never notifies would mislead. */
  const desktopOn = () => attentionSettings().desktop && typeof Notification !== "undefined" && Notification.permission === "granted";

  async function setDesktop(on: boolean) {
    setProblem(null);
    if (on && typeof Notification !== "undefined" && Notification.permission !== "granted") {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        setProblem("The browser blocks notifications for Switchboard. Allow them in the site settings to turn this on.");
        return;
      }
    }
    setAttentionSettings({ ...attentionSettings(), desktop: on });
  }

  return (
    <div
      class="attention"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open()) {
          event.preventDefault();
          setOpen(false);
          toggle.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        class="button button--ghost"
        aria-expanded={open()}
        aria-controls="attention-settings"
        onClick={() => setOpen(!open())}
      >
        <svg class="button__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M18 16v-5a6 6 0 0 0-12 0v5l-2 2h16l-2-2ZM10 21h4" />
        </svg>
        Alerts
      </button>
      <Show when={open()}>
        <div id="attention-settings" class="popover attention__panel" role="group" aria-label="Alerts">
          <label class="attention__option">
            <input
              type="checkbox"
              checked={attentionSettings().sound}
              onChange={(event) => setAttentionSettings({ ...attentionSettings(), sound: event.currentTarget.checked })}
            />
            Play a sound
          </label>
          <label class="attention__option">
            <input type="checkbox" checked={desktopOn()} onChange={(event) => void setDesktop(event.currentTarget.checked)} />
            Desktop notifications
          </label>
          <p class="attention__hint">When a new chat comes to you, a conversation is assigned to you, you are mentioned, or a customer replies in yours.</p>
          <Show when={problem()}>{(text) => <p role="alert" class="attention__problem">{text()}</p>}</Show>
        </div>
      </Show>
    </div>
  );
}
