import { Show } from "solid-js";
import { A, useLocation, useSearchParams } from "@solidjs/router";
import { brandsWhere } from "../../shared/domain/access/can.ts";
import type { BrandSummary } from "../../shared/schemas/brand.ts";
import { administersAnyBrand, principalOf, useAgent } from "../features/auth/AgentContext.tsx";
import { BrandList } from "../features/brands/BrandList.tsx";
import { brandView, filterFromParams, inboxHref, sameFilter, type InboxView } from "../features/inbox/filter.ts";
import { InboxViews } from "../features/inbox/InboxViews.tsx";
import { useInboxCounts } from "../features/inbox/store.ts";
import { ChatQueues } from "../features/routing/ChatQueues.tsx";

export function Sidebar() {
  const agent = useAgent();
  const location = useLocation();
  const [params] = useSearchParams();
  const conversationBrands = () => new Set<string>(brandsWhere(principalOf(agent()), "conversation.read"));
  const worksConversations = () => conversationBrands().size > 0;
  const counts = useInboxCounts(worksConversations);
  const conversationBrandList = () => agent().brands.filter((brand) => conversationBrands().has(brand.id));
  const currentFilter = () => filterFromParams(params, agent().brands.map((brand) => brand.id));
  const isCurrent = (view: InboxView) => location.pathname.startsWith("/inbox") && sameFilter(currentFilter(), view.filter);
  const brandInbox = (brand: BrandSummary) => {
    if (!conversationBrands().has(brand.id)) return null;
    const view = brandView(brand.id, brand.name);
    return { href: inboxHref(view.filter), count: counts.data ? (view.count(counts.data) ?? 0) : undefined, current: isCurrent(view) };
  };

  return (
    <div class="sidebar">
      <nav class="sidebar__nav" aria-label="Console">
        <A href="/" end class="sidebar__link" activeClass="sidebar__link--active">
          Home
        </A>
        <Show when={worksConversations()}>
          <A href="/inbox" class="sidebar__link" activeClass="sidebar__link--active">
            Inbox
          </A>
        </Show>
        <Show when={administersAnyBrand(agent())}>
          <A href="/admin/users" class="sidebar__link" activeClass="sidebar__link--active">
            Users
          </A>
        </Show>
      </nav>
      <Show when={worksConversations()}>
        <InboxViews counts={counts.data} isCurrent={isCurrent} />
        <ChatQueues brands={conversationBrandList()} />
      </Show>
      <BrandList brands={agent().brands} inboxOf={worksConversations() ? brandInbox : undefined} />
    </div>
  );
}
