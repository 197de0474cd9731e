import { For, Show } from "solid-js";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { UserSummary } from "../../../shared/schemas/user.ts";
import { useAgent } from "../auth/AgentContext.tsx";
import { AccountToggle } from "./AccountToggle.tsx";
import { GrantBrandForm } from "./GrantBrandForm.tsx";
import { MembershipItem } from "./MembershipItem.tsx";

/** One user; `brands` are the brands the signed-in admin administers, the only ones they can change here. */
export function UserRow(props: { user: UserSummary; brands: readonly BrandSummary[] }) {
  const agent = useAgent();
  const isSelf = () => agent().user.id === props.user.id;
  const heldBrandIds = () => props.user.memberships.map((membership) => membership.brandId);
  const brandById = (brandId: string) => props.brands.find((brand) => brand.id === brandId);

  return (
    <tr classList={{ "users-table__row--disabled": props.user.disabled }}>
      <th scope="row" class="users-table__user">
        <span class="users-table__name">{props.user.name}</span>
        <span class="users-table__email">{props.user.email}</span>
        <span class="users-table__badges">
          <Show when={isSelf()}>
            <span class="badge">You</span>
          </Show>
          <Show when={props.user.disabled}>
            <span class="badge badge--danger">Disabled</span>
          </Show>
        </span>
      </th>
      <td>
        <Show when={heldBrandIds().length > 0} fallback={<span class="muted">No access to your brands</span>}>
          <ul class="memberships">
            <For each={heldBrandIds()}>
              {(brandId) => (
                <MembershipItem
                  user={props.user}
                  brandId={brandId}
                  brand={brandById(brandId)}
                  role={props.user.memberships.find((membership) => membership.brandId === brandId)?.role ?? "agent"}
                />
              )}
            </For>
          </ul>
        </Show>
      </td>
      <td>
        <GrantBrandForm user={props.user} brands={props.brands.filter((brand) => !heldBrandIds().includes(brand.id))} />
      </td>
      <td>
        <Show when={!isSelf()} fallback={<span class="muted">Your account</span>}>
          <AccountToggle user={props.user} />
        </Show>
      </td>
    </tr>
  );
}
