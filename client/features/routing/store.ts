/**
 * Routing state through the query cache: the agent's own state (agent:state) and the brands' chat queues
 * (queue:list). Pushes patch both (app/pushSubscriptions.ts) and a reconnect refetches them, so neither goes
 * stale by time.
 */
import { useQuery, type QueryClient } from "@tanstack/solid-query";
import type { AgentState, BrandQueue } from "../../../shared/schemas/chat.ts";
import { socketQuery } from "../../realtime/queries.ts";
import { connectionState } from "../../realtime/socket.ts";
import { whoamiQuery } from "../auth/whoami.ts";
import { userListQuery } from "../users/store.ts";
import { applyAgentStateToUsers } from "../users/userList.ts";
import { applyQueueChange } from "./queues.ts";

export const agentStateQuery = () => socketQuery("agent:state", {});
export const queueListQuery = () => socketQuery("queue:list", {});

const connected = () => connectionState() === "connected";

/** `wanted`: false for someone who takes no conversations (a trainer), who has no routing state to show. */
export function useAgentState(wanted: () => boolean) {
  return useQuery(() => ({ ...agentStateQuery(), enabled: connected() && wanted(), staleTime: Infinity }));
}

export function useQueues(wanted: () => boolean) {
  return useQuery(() => ({ ...queueListQuery(), enabled: connected() && wanted(), staleTime: Infinity }));
}

/** A user's routing state as the server now has it: the agent's own top bar, and the users page's capacity. */
export function applyAgentState(queryClient: QueryClient, state: AgentState): void {
  const selfId = queryClient.getQueryData(whoamiQuery().queryKey)?.user.id;
  if (selfId === state.userId) queryClient.setQueryData(agentStateQuery().queryKey, state);
  queryClient.setQueryData(userListQuery().queryKey, (users) => users && applyAgentStateToUsers(users, state));
}

/** One brand's queue changed; a list not loaded yet will fetch the current one anyway. */
export function applyQueue(queryClient: QueryClient, queue: BrandQueue): void {
  queryClient.setQueryData(queueListQuery().queryKey, (queues) => queues && applyQueueChange(queues, queue));
}
