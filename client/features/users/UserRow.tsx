import { For, Show } from "solid-js";
import { permissionsOf } from "../../../shared/domain/access/can.ts";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { UserSummary } from "../../../shared/schemas/user.ts";
import { useAgent } from "../auth/AgentContext.tsx";
import { AccountToggle } from "./AccountToggle.tsx";
import { CapacityField } from "./CapacityField.tsx";
import { GrantBrandForm } from "./GrantBrandForm.tsx";
import { MembershipItem } from "./MembershipItem.tsx";

/** One user; `brands` are the brands the signed-in admin administers, the only ones they can change here. */
export function UserRow(props: { user: UserSummary; brands: readonly BrandSummary[] }) {
  const agent = useAgent();
  const isSelf = () => agent().user.id === props.user.id;
  const roleIn = (brand: BrandSummary) => props.user.memberships.find((membership) => membership.brandId === brand.id)?.role;
  // only brands this admin administers: nothing else can be changed here
  const heldBrands = () => props.brands.filter((brand) => roleIn(brand) !== undefined);
  const otherBrands = () => props.brands.filter((brand) => roleIn(brand) === undefined);
  // routing gives chats to those who answer conversations in a brand this admin runs; a trainer takes none
  const takesChats = () =>
    heldBrands().some((brand) => {
      const role = roleIn(brand);
      return role !== undefined && permissionsOf[role].has("conversation.write");
    });

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
        <Show when={takesChats()}>
          <CapacityField user={props.user} />
        </Show>
      </th>
      <td class="users-table__access">
        <div class="access">
          <Show when={heldBrands().length > 0} fallback={<p class="muted">No access to your brands yet.</p>}>
            <ul class="memberships">
              <For each={heldBrands()}>
                {(brand) => <MembershipItem user={props.user} brand={brand} role={roleIn(brand) ?? "agent"} />}
              </For>
            </ul>
          </Show>
          <Show when={otherBrands().length > 0}>
            <GrantBrandForm user={props.user} brands={otherBrands()} />
          </Show>
        </div>
      </td>
      <td>
        <Show when={!isSelf()} fallback={<span class="muted">Your account</span>}>
          <AccountToggle user={props.user} />
        </Show>
      </td>
    </tr>
  );
}
