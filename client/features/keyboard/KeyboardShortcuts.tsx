/**
 * Listens to the keyboard for the whole console and hands each shortcut to whichever screen registered it
 * (registry.ts). Owns the shortcuts that work anywhere: g i (inbox), ? (this list), Escape out of a field.
 */
import { createSignal, For, onCleanup } from "solid-js";
import { useNavigate } from "@solidjs/router";
import { Dialog } from "../../ui/Dialog.tsx";
import { registerCommands, runCommand } from "./registry.ts";
import { commandFor, SEND_SHORTCUT, SHORTCUTS } from "./shortcuts.ts";
import "./keyboard.css";

/** How long a lone "g" waits for its second key, in ms. */
const SECOND_KEY_MS = 1_500;

/** Enter opens the selected conversation only from the list or from nowhere; on a button or link it is theirs. */
function enterIsShortcut(target: EventTarget | null): boolean {
  return target === document.body || (target instanceof HTMLElement && (target.id === "main" || target.getAttribute("role") === "listbox"));
}

function isField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
}

export function KeyboardShortcuts() {
  const navigate = useNavigate();
  const [helpOpen, setHelpOpen] = createSignal(false);
  let afterG = false;
  let gTimer: ReturnType<typeof setTimeout> | undefined;

  function onKeyDown(event: KeyboardEvent) {
    // a modal dialog handles its own keys (Escape closes it natively)
    if (event.defaultPrevented || event.isComposing || document.querySelector("dialog[open]")) return;
    if (event.key === "Enter" && !enterIsShortcut(event.target)) return;
    const result = commandFor(
      { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, inField: isField(event.target) },
      afterG,
    );
    afterG = result.afterG;
    clearTimeout(gTimer);
    if (afterG) gTimer = setTimeout(() => (afterG = false), SECOND_KEY_MS);
    if (result.command !== null && runCommand(result.command)) event.preventDefault();
  }

  document.addEventListener("keydown", onKeyDown);
  onCleanup(() => {
    document.removeEventListener("keydown", onKeyDown);
    clearTimeout(gTimer);
  });
  onCleanup(
    registerCommands({
      help: () => setHelpOpen(true),
      "go.inbox": () => navigate("/inbox"),
      "field.leave": () => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      },
    }),
  );

  const groups = ["Inbox", "Conversation", "Anywhere"] as const;
  return (
    <Dialog open={helpOpen()} title="Keyboard shortcuts" onClose={() => setHelpOpen(false)} wide>
      <div class="shortcut-help">
        <For each={groups}>
          {(group) => (
            <section class="shortcut-help__group" aria-label={group}>
              <h3 class="shortcut-help__heading">{group}</h3>
              <dl class="shortcut-help__list">
                <For each={SHORTCUTS.filter((shortcut) => shortcut.group === group)}>
                  {(shortcut) => <ShortcutRow keys={shortcut.keys} description={shortcut.description} />}
                </For>
                {group === "Conversation" ? <ShortcutRow keys={SEND_SHORTCUT.keys} description={SEND_SHORTCUT.description} /> : null}
              </dl>
            </section>
          )}
        </For>
        <p class="muted">Single-key shortcuts do nothing while you type in a field; press Esc to leave it first.</p>
      </div>
    </Dialog>
  );
}

function ShortcutRow(props: { keys: readonly string[]; description: string }) {
  const joiner = () => (props.keys.length > 1 && props.keys[0] === "g" ? " then " : props.keys[0] === "Ctrl/⌘" ? " + " : " or ");
  return (
    <div class="shortcut-help__row">
      <dt>
        <For each={props.keys}>
          {(key, index) => (
            <>
              {index() > 0 ? <span class="muted">{joiner()}</span> : null}
              <kbd>{key}</kbd>
            </>
          )}
        </For>
      </dt>
      <dd>{props.description}</dd>
    </div>
  );
}
