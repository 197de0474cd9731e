import { createSignal, createUniqueId, Show } from "solid-js";
import type { UserSummary } from "../../../shared/schemas/user.ts";
import { withClientId } from "../../realtime/request.ts";
import { MAX_CHAT_CAPACITY } from "../../../shared/domain/limits.ts";
import { parseCapacity } from "./capacity.ts";
import { useSetCapacity } from "./commands.ts";

/** How many chats routing gives the user at once, 0 to 20, saved on its own. */
export function CapacityField(props: { user: UserSummary }) {
  const setCapacity = useSetCapacity();
  // null while the admin has not typed: the field then follows the server's value (pushes included)
  const [draft, setDraft] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const problemId = createUniqueId();
  const inputId = createUniqueId();
  const shown = () => draft() ?? String(props.user.chatCapacity);
  const changed = () => draft() !== null && draft()?.trim() !== String(props.user.chatCapacity);

  function save() {
    const parsed = parseCapacity(shown());
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setProblem(null);
    setCapacity.mutate(withClientId({ userId: props.user.id, capacity: parsed.capacity }), { onSuccess: () => setDraft(null) });
  }

  const error = () => problem() ?? setCapacity.error?.message ?? null;

  return (
    // novalidate: parseCapacity says what is wrong in the console's words, beside the field, not in a browser bubble
    <form
      class="capacity"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label class="capacity__label" for={inputId}>
        Chats at once
      </label>
      <input
        id={inputId}
        class="field__input field__input--compact capacity__input"
        type="number"
        inputmode="numeric"
        min="0"
        max={MAX_CHAT_CAPACITY}
        step="1"
        aria-label={`Chats at once for ${props.user.name}`}
        aria-invalid={problem() !== null}
        aria-describedby={error() ? problemId : undefined}
        value={shown()}
        disabled={setCapacity.isPending}
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          setProblem(null);
          setCapacity.reset();
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape" && draft() !== null) {
            event.preventDefault();
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      <button
        type="submit"
        class="button button--small"
        aria-label={`Save chats at once for ${props.user.name}`}
        disabled={setCapacity.isPending || !changed()}
      >
        {setCapacity.isPending ? "Saving…" : "Save"}
      </button>
      <Show when={error()}>
        {(text) => (
          <p id={problemId} role="alert" class="capacity__error">
            {text()}
          </p>
        )}
      </Show>
    </form>
  );
}
