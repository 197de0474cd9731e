import { For, Match, Show, Switch } from "solid-js";
import { brandsWhere } from "../../../shared/domain/access/can.ts";
import { administersAnyBrand, principalOf, useAgent } from "../auth/AgentContext.tsx";
import { useUsers } from "./store.ts";
import { UserRow } from "./UserRow.tsx";
import "./users.css";

export default function UsersPage() {
  const agent = useAgent();
  const { users, query } = useUsers();
  const administeredBrands = () => {
    const ids = new Set<string>(brandsWhere(principalOf(agent()), "user.manage"));
    return agent().brands.filter((brand) => ids.has(brand.id));
  };

  return (
    <section class="page" aria-labelledby="users-title">
      <header class="page__header">
        <h1 id="users-title" class="page__title">
          Users
        </h1>
        <p class="page__lede">
          People who work for the brands you administer. Changes reach their open consoles at once.
        </p>
      </header>
      <Show
        when={administersAnyBrand(agent())}
        fallback={<p class="empty-state">Only admins of a brand can manage its users.</p>}
      >
        <Switch>
          <Match when={query.isError}>
            <div role="alert" class="notice notice--danger">
              Could not load users: {query.error?.message}{" "}
              <button type="button" class="button button--small" onClick={() => void query.refetch()}>
                Try again
              </button>
            </div>
          </Match>
          <Match when={query.isPending}>
            <p role="status" class="empty-state">
              Loading users…
            </p>
          </Match>
          <Match when={users.length === 0}>
            <p class="empty-state">No one works for your brands yet.</p>
          </Match>
          <Match when={true}>
            <div class="users-table__frame">
              <table class="users-table">
                <caption class="visually-hidden">Users and their roles in your brands</caption>
                <thead>
                  <tr>
                    <th scope="col">User</th>
                    <th scope="col">Brands and roles</th>
                    <th scope="col">Account</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={users}>{(user) => <UserRow user={user} brands={administeredBrands()} />}</For>
                </tbody>
              </table>
            </div>
          </Match>
        </Switch>
      </Show>
    </section>
  );
}
