import { Show } from "solid-js";
import { A } from "@solidjs/router";
import { administersAnyBrand, useAgent } from "../features/auth/AgentContext.tsx";
import { BrandList } from "../features/brands/BrandList.tsx";

export function Sidebar() {
  const agent = useAgent();
  return (
    <div class="sidebar">
      <nav class="sidebar__nav" aria-label="Console">
        <A href="/" end class="sidebar__link" activeClass="sidebar__link--active">
          Home
        </A>
        <Show when={administersAnyBrand(agent())}>
          <A href="/admin/users" class="sidebar__link" activeClass="sidebar__link--active">
            Users
          </A>
        </Show>
      </nav>
      <BrandList brands={agent().brands} />
    </div>
  );
}
