import { For, Show } from "solid-js";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import { roleLabel } from "../auth/roles.ts";
import "./brands.css";

/** The brands the agent speaks for, each in its own colour, as the server currently allows. */
export function BrandList(props: { brands: readonly BrandSummary[] }) {
  return (
    <aside class="brand-list" aria-labelledby="brand-list-heading">
      <h2 id="brand-list-heading" class="brand-list__heading">
        Your brands
      </h2>
      <Show when={props.brands.length > 0} fallback={<p class="brand-list__empty">No brands yet. Ask an admin for access.</p>}>
        <ul class="brand-list__items">
          <For each={props.brands}>
            {(brand) => (
              <li class="brand-list__item" style={{ "--brand-color": brand.color }}>
                <span class="brand-swatch" aria-hidden="true" />
                <span class="brand-list__name">{brand.name}</span>
                <span class="brand-list__meta">
                  <abbr class="brand-list__short" title={brand.name}>
                    {brand.shortName}
                  </abbr>
                  <span>{roleLabel[brand.role]}</span>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </aside>
  );
}
