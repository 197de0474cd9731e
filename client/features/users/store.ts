import { createEffect } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { useQuery } from "@tanstack/solid-query";
import type { UserSummary } from "../../../shared/schemas/user.ts";
import { socketQuery } from "../../realtime/queries.ts";
import { connectionState } from "../../realtime/socket.ts";
import { sortedByName } from "./userList.ts";

/** Users of the brands the agent administers; kept current by user:changed pushes (app/pushSubscriptions.ts). */
export const userListQuery = () => socketQuery("user:list", {});

/**
 * The users list as a store: each snapshot is reconciled by id, so a row keeps its component (and any pending
 * action or error it shows) when another user changes.
 */
export function useUsers() {
  const query = useQuery(() => ({ ...userListQuery(), enabled: connectionState() === "connected" }));
  const [users, setUsers] = createStore<UserSummary[]>([]);
  createEffect(() => setUsers(reconcile(sortedByName(query.data ?? []), { key: "id" })));
  return { users, query };
}
