import { createContext, useContext, type Accessor, type JSX } from "solid-js";
import { brandsWhere, headlineRole, type Principal } from "../../../shared/domain/access/can.ts";
import type { Whoami } from "../../../shared/contract/session.ts";

/** The signed-in agent, for everything inside the console shell (which renders only once whoami has loaded). */
const AgentContext = createContext<Accessor<Whoami>>();

export function AgentProvider(props: { whoami: Accessor<Whoami>; children: JSX.Element }) {
  return <AgentContext.Provider value={props.whoami}>{props.children}</AgentContext.Provider>;
}

export function useAgent(): Accessor<Whoami> {
  const whoami = useContext(AgentContext);
  if (!whoami) throw new Error("useAgent() is only available inside the console shell");
  return whoami;
}

export function principalOf(whoami: Whoami): Principal {
  return { userId: whoami.user.id, memberships: whoami.user.memberships };
}

/** Only hides or shows admin entry points; the server checks every admin request itself. */
export function administersAnyBrand(whoami: Whoami): boolean {
  return brandsWhere(principalOf(whoami), "user.manage").length > 0;
}

export function headlineRoleOf(whoami: Whoami) {
  return headlineRole(whoami.user.memberships);
}
