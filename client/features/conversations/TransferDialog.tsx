import { createSignal, createUniqueId, For, Show } from "solid-js";
import { Dialog } from "../../ui/Dialog.tsx";
import { MAX_TRANSFER_NOTE_CHARS, type TransferTarget } from "./transfer.ts";

/** Choose who takes the conversation over (a teammate, or the queue for a chat) and leave them a note. */
export function TransferDialog(props: {
  open: boolean;
  targets: readonly TransferTarget[];
  onTransfer: (target: TransferTarget, note: string) => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={props.open} title="Transfer the conversation" onClose={props.onClose}>
      <TransferForm {...props} />
    </Dialog>
  );
}

function TransferForm(props: Parameters<typeof TransferDialog>[0]) {
  const [chosen, setChosen] = createSignal<string | null>(null);
  const [note, setNote] = createSignal("");
  const noteId = createUniqueId();
  const target = () => props.targets.find((t) => t.id === chosen());

  return (
    <form
      class="transfer"
      onSubmit={(event) => {
        event.preventDefault();
        const picked = target();
        if (picked) props.onTransfer(picked, note());
      }}
    >
      <Show when={props.targets.length > 0} fallback={<p class="muted">No teammate of this brand to hand it to.</p>}>
        <fieldset class="transfer__targets">
          <legend class="field__label">Transfer to</legend>
          <For each={props.targets}>
            {(t, index) => (
              <label class="transfer__target" data-status={t.status} classList={{ "transfer__target--queue": t.status === "queue" }}>
                <input
                  type="radio"
                  name="transfer-target"
                  value={t.id}
                  checked={chosen() === t.id}
                  autofocus={index() === 0}
                  onChange={() => setChosen(t.id)}
                />
                <span class="status-dot" aria-hidden="true" />
                <span class="transfer__name">{t.label}</span>
                <span class="transfer__detail">{t.detail}</span>
              </label>
            )}
          </For>
        </fieldset>
      </Show>
      <div class="field">
        <label class="field__label" for={noteId}>
          Note for the next agent <span class="muted">(optional)</span>
        </label>
        <textarea
          id={noteId}
          class="field__input transfer__note"
          rows="3"
          maxlength={MAX_TRANSFER_NOTE_CHARS}
          placeholder="What they need to know: what the customer asked, what you tried"
          value={note()}
          onInput={(event) => setNote(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
      </div>
      <div class="transfer__actions">
        <button type="button" class="button button--ghost" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button type="submit" class="button button--primary" disabled={target() === undefined}>
          {target()?.status === "queue" ? "Send back to the queue" : target() ? `Transfer to ${target()?.label}` : "Transfer"}
        </button>
      </div>
    </form>
  );
}
