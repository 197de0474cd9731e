import { For, Show } from "solid-js";
import { ROLES } from "../../../shared/domain/access/can.ts";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { Role, UserSummary } from "../../../shared/schemas/user.ts";
import { withClientId } from "../../realtime/request.ts";
import { roleLabel } from "../auth/roles.ts";
import { useSetMembership } from "./commands.ts";

export function MembershipItem(props: { user: UserSummary; brand: BrandSummary; role: Role }) {
  const setMembership = useSetMembership();
  const brandName = () => props.brand.name;
  const pendingRole = () => (setMembership.isPending ? setMembership.variables?.role : undefined);
  const shownRole = () => pendingRole() ?? props.role;
  const change = (role: Role | null) =>
    setMembership.mutate(withClientId({ userId: props.user.id, brandId: props.brand.id, role }));

  return (
    <li class="membership" style={{ "--brand-color": props.brand.color }}>
      <span class="membership__brand">
        <span class="brand-swatch" aria-hidden="true" />
        <span class="membership__name">{brandName()}</span>
      </span>
      <select
        class="field__input field__input--compact"
        aria-label={`Role of ${props.user.name} in ${brandName()}`}
        disabled={setMembership.isPending}
        onChange={(event) => change(event.currentTarget.value as Role)}
      >
        <For each={ROLES}>
          {(role) => (
            <option value={role} selected={role === shownRole()}>
              {roleLabel[role]}
            </option>
          )}
        </For>
      </select>
      <button
        type="button"
        class="button button--small button--ghost"
        aria-label={`Remove ${brandName()} from ${props.user.name}`}
        disabled={setMembership.isPending}
        onClick={() => change(null)}
      >
        {pendingRole() === null ? "Removing…" : "Remove"}
      </button>
      <Show when={setMembership.isPending && pendingRole() !== null}>
        <span class="membership__pending" role="status">
          Saving…
        </span>
      </Show>
      <Show when={setMembership.error}>
        {(error) => (
          <p role="alert" class="membership__error">
            {error().message}
          </p>
        )}
      </Show>
    </li>
  );
}
