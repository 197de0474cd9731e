import { createSignal, For, Show } from "solid-js";
import { ROLES } from "../../../shared/domain/access/can.ts";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { BrandId } from "../../../shared/schemas/ids.ts";
import type { Role, UserSummary } from "../../../shared/schemas/user.ts";
import { withClientId } from "../../realtime/request.ts";
import { roleLabel } from "../auth/roles.ts";
import { useSetMembership } from "./commands.ts";

/** `brands`: those the admin administers and the user does not have yet. */
export function GrantBrandForm(props: { user: UserSummary; brands: readonly BrandSummary[] }) {
  const setMembership = useSetMembership();
  const [brandId, setBrandId] = createSignal<BrandId | "">("");
  const [role, setRole] = createSignal<Role>("agent");

  function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const chosen = brandId();
    if (chosen === "") return;
    setMembership.mutate(withClientId({ userId: props.user.id, brandId: chosen, role: role() }), {
      onSuccess: () => setBrandId(""),
    });
  }

  return (
    <form class="grant" onSubmit={onSubmit}>
      <select
        class="field__input field__input--compact"
        aria-label={`Brand to grant ${props.user.name}`}
        disabled={setMembership.isPending}
        onChange={(event) => setBrandId(event.currentTarget.value as BrandId | "")}
      >
        <option value="" selected={brandId() === ""}>
          Grant a brand…
        </option>
        <For each={props.brands}>
          {(brand) => (
            <option value={brand.id} selected={brand.id === brandId()}>
              {brand.name}
            </option>
          )}
        </For>
      </select>
      <select
        class="field__input field__input--compact"
        aria-label={`Role to grant ${props.user.name}`}
        disabled={setMembership.isPending}
        onChange={(event) => setRole(event.currentTarget.value as Role)}
      >
        <For each={ROLES}>
          {(r) => (
            <option value={r} selected={r === role()}>
              {roleLabel[r]}
            </option>
          )}
        </For>
      </select>
      <button
        type="submit"
        class="button button--small"
        disabled={setMembership.isPending || brandId() === ""}
        aria-label={`Grant brand to ${props.user.name}`}
      >
        {setMembership.isPending ? "Granting…" : "Grant"}
      </button>
      <Show when={setMembership.error}>
        {(error) => (
          <p role="alert" class="grant__error">
            {error().message}
          </p>
        )}
      </Show>
    </form>
  );
}
