import { For, Show, type JSX } from "solid-js";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import { roleLabel } from "../auth/roles.ts";
import "./brands.css";

/** Where a brand's entry leads: its inbox view, with the count of its open conversations. */
export interface BrandInboxLink {
  href: string;
  count: number | undefined;
  current: boolean;
}

/**
 * The brands the agent speaks for, each in its own colour, as the server currently allows. A brand whose
 * conversations the agent works links to its inbox view.
 */
export function BrandList(props: { brands: readonly BrandSummary[]; inboxOf?: (brand: BrandSummary) => BrandInboxLink | null }) {
  return (
    <aside class="brand-list" aria-labelledby="brand-list-heading">
      <h2 id="brand-list-heading" class="sidebar__heading">
        Your brands
      </h2>
      <Show when={props.brands.length > 0} fallback={<p class="brand-list__empty">No brands yet. Ask an admin for access.</p>}>
        <ul class="brand-list__items">
          <For each={props.brands}>
            {(brand) => {
              const link = () => props.inboxOf?.(brand) ?? null;
              const content = (): JSX.Element => (
                <>
                  <span class="brand-swatch" aria-hidden="true" />
                  <span class="brand-list__name">{brand.name}</span>
                  <Show when={link()?.count !== undefined}>
                    <span class="view-count">{link()?.count}</span>
                  </Show>
                  <span class="brand-list__meta">
                    <abbr class="brand-list__short" title={brand.name}>
                      {brand.shortName}
                    </abbr>
                    <span>{roleLabel[brand.role]}</span>
                  </span>
                </>
              );
              return (
                <li class="brand-list__item" style={{ "--brand-color": brand.color }}>
                  <Show when={link()} fallback={<div class="brand-list__entry">{content()}</div>}>
                    {(inbox) => (
                      <a href={inbox().href} class="brand-list__entry brand-list__entry--link" aria-current={inbox().current ? "page" : undefined}>
                        {content()}
                      </a>
                    )}
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </aside>
  );
}
