/**
 * Choose one thing from a searchable list, by keyboard or mouse: type to narrow, arrows to move, Enter to choose.
 * The search field is a combobox that owns the listbox, so a screen reader announces the option in focus.
 */
import { createMemo, createSignal, createUniqueId, For, Show } from "solid-js";
import { Dialog } from "./Dialog.tsx";

export interface PickerOption {
  id: string;
  label: string;
  detail?: string;
}

export function PickerDialog(props: {
  open: boolean;
  title: string;
  searchLabel: string;
  options: (query: string) => PickerOption[];
  onChoose: (id: string) => void;
  onClose: () => void;
  empty?: string;
  initialQuery?: string;
}) {
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose} wide>
      <PickerBody {...props} />
    </Dialog>
  );
}

function PickerBody(props: Parameters<typeof PickerDialog>[0]) {
  const listId = createUniqueId();
  const [query, setQuery] = createSignal(props.initialQuery ?? "");
  const [active, setActive] = createSignal(0);
  const options = createMemo(() => props.options(query()));
  const activeOption = () => options()[Math.min(active(), options().length - 1)];
  const optionId = (id: string) => `${listId}-${id}`;

  function move(by: number) {
    const count = options().length;
    if (count === 0) return;
    setActive((index) => (Math.min(index, count - 1) + by + count) % count);
    document.getElementById(optionId(activeOption()?.id ?? ""))?.scrollIntoView({ block: "nearest" });
  }

  return (
    <div class="picker">
      <label class="field">
        <span class="field__label">{props.searchLabel}</span>
        <input
          class="field__input"
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption() ? optionId(activeOption()?.id ?? "") : undefined}
          value={query()}
          autofocus
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") move(1);
            else if (event.key === "ArrowUp") move(-1);
            else if (event.key === "Enter") {
              const option = activeOption();
              if (option) props.onChoose(option.id);
            } else return;
            event.preventDefault();
          }}
        />
      </label>
      <Show when={options().length > 0} fallback={<p class="picker__empty">{props.empty ?? "Nothing matches."}</p>}>
        <ul id={listId} class="picker__list" role="listbox" aria-label={props.title}>
          <For each={options()}>
            {(option, index) => (
              <li
                id={optionId(option.id)}
                role="option"
                class="picker__option"
                aria-selected={activeOption()?.id === option.id}
                onMouseMove={() => setActive(index())}
                onClick={() => props.onChoose(option.id)}
              >
                <span class="picker__label">{option.label}</span>
                <Show when={option.detail}>{(detail) => <span class="picker__detail">{detail()}</span>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
