import { For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { useNowByMinute } from "../../ui/useNow.ts";
import { administersAnyBrand, useAgent } from "../auth/AgentContext.tsx";
import { BrandCard } from "./BrandCard.tsx";
import "./brands.css";

export default function HomePage() {
  const agent = useAgent();
  const now = useNowByMinute();
  const count = () => agent().brands.length;

  return (
    <section class="page" aria-labelledby="home-title">
      <header class="page__header">
        <h1 id="home-title" class="page__title">
          Your brands
        </h1>
        <p class="page__lede">
          {count() === 1 ? "You speak for 1 brand." : `You speak for ${count()} brands.`} Check whose voice, tone and
          signature you use before you reply.
        </p>
      </header>
      <Show when={administersAnyBrand(agent())}>
        <div class="admin-callout">
          <p>You administer brands: manage who works for them and in which role.</p>
          <A href="/admin/users" class="button">
            Manage users
          </A>
        </div>
      </Show>
      <Show
        when={count() > 0}
        fallback={<p class="empty-state">You do not work for any brand yet. An admin can give you access.</p>}
      >
        <div class="brand-grid">
          <For each={agent().brands}>{(brand) => <BrandCard brand={brand} agentName={agent().user.name} now={now()} />}</For>
        </div>
      </Show>
    </section>
  );
}
