/**
 * Admin actions on users. Each caller attaches its clientId before mutate() (withClientId), so the retries the
 * query client makes after a timeout repeat the same action instead of making a new one.
 */
import { useMutation, useQueryClient } from "@tanstack/solid-query";
import type { UserSummary } from "../../../shared/schemas/user.ts";
import { requestOrThrow, type RequestPayload } from "../../realtime/request.ts";
import { applyAgentState } from "../routing/store.ts";
import { userListQuery } from "./store.ts";
import { applyUserChange } from "./userList.ts";

type WithClientId<T> = T & { clientId: string };

function useApplyUser() {
  const queryClient = useQueryClient();
  return (user: UserSummary) =>
    queryClient.setQueryData(userListQuery().queryKey, (users) => users && applyUserChange(users, user));
}

/** Grant, change or (with role null) remove a user's role in one brand. */
export function useSetMembership() {
  const applyUser = useApplyUser();
  return useMutation(() => ({
    mutationFn: (input: WithClientId<RequestPayload<"membership:set">>) => requestOrThrow("membership:set", input),
    onSuccess: applyUser,
  }));
}

export function useSetUserDisabled() {
  const applyUser = useApplyUser();
  return useMutation(() => ({
    mutationFn: (input: WithClientId<RequestPayload<"user:setDisabled">>) => requestOrThrow("user:setDisabled", input),
    onSuccess: applyUser,
  }));
}

/** How many chats routing gives a user at once; the answer is their routing state, which updates the list. */
export function useSetCapacity() {
  const queryClient = useQueryClient();
  return useMutation(() => ({
    mutationFn: (input: WithClientId<RequestPayload<"agent:setCapacity">>) => requestOrThrow("agent:setCapacity", input),
    onSuccess: (state) => applyAgentState(queryClient, state),
  }));
}
