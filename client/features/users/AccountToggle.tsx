import { Show } from "solid-js";
import type { UserSummary } from "../../../shared/schemas/user.ts";
import { withClientId } from "../../realtime/request.ts";
import { useSetUserDisabled } from "./commands.ts";

export function AccountToggle(props: { user: UserSummary }) {
  const setDisabled = useSetUserDisabled();
  const verb = () => (props.user.disabled ? "Enable" : "Disable");
  const busyText = () => (props.user.disabled ? "Enabling…" : "Disabling…");

  return (
    <div class="account-toggle">
      <button
        type="button"
        class="button button--small"
        classList={{ "button--danger": !props.user.disabled }}
        aria-label={`${verb()} ${props.user.name}`}
        disabled={setDisabled.isPending}
        onClick={() => setDisabled.mutate(withClientId({ userId: props.user.id, disabled: !props.user.disabled }))}
      >
        {setDisabled.isPending ? busyText() : verb()}
      </button>
      <Show when={setDisabled.error}>
        {(error) => (
          <p role="alert" class="account-toggle__error">
            {error().message}
          </p>
        )}
      </Show>
    </div>
  );
}
