/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert, so focus stays
 * inside (the focus trap) and Escape closes it. Focus returns to where it was when the dialog opened. The content
 * is only rendered while open, so each opening starts fresh.
 */
import { createEffect, createUniqueId, onCleanup, Show, type JSX } from "solid-js";

export function Dialog(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: JSX.Element;
  /** a wider dialog for lists and tables */
  wide?: boolean;
}) {
  const titleId = createUniqueId();
  let dialog!: HTMLDialogElement;
  let returnTo: Element | null = null;

  createEffect(() => {
    if (props.open && !dialog.open) {
      returnTo = document.activeElement;
      dialog.showModal();
    } else if (!props.open && dialog.open) {
      dialog.close();
    }
  });
  onCleanup(() => {
    if (dialog.open) dialog.close();
  });

  function restoreFocus() {
    if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    returnTo = null;
  }

  return (
    <dialog
      ref={dialog}
      class="dialog"
      classList={{ "dialog--wide": props.wide === true }}
      aria-labelledby={titleId}
      onClose={() => {
        restoreFocus();
        if (props.open) props.onClose();
      }}
      onClick={(event) => {
        // a click on the backdrop lands on the dialog element itself
        if (event.target === dialog) dialog.close();
      }}
    >
      <Show when={props.open}>
        <div class="dialog__frame">
          <header class="dialog__header">
            <h2 id={titleId} class="dialog__title">
              {props.title}
            </h2>
            <button type="button" class="button button--ghost button--small" onClick={() => dialog.close()}>
              Close
            </button>
          </header>
          <div class="dialog__body">{props.children}</div>
        </div>
      </Show>
    </dialog>
  );
}
