import type { UserSummary } from "../../../shared/schemas/user.ts";

/** The users list after the server reported one user's new state: replaced in place, or added at the end. */
export function applyUserChange(users: readonly UserSummary[], changed: UserSummary): UserSummary[] {
  const index = users.findIndex((user) => user.id === changed.id);
  if (index === -1) return [...users, changed];
  return users.map((user, i) => (i === index ? changed : user));
}

export function sortedByName(users: readonly UserSummary[]): UserSummary[] {
  return [...users].sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}

/**
 * A user's routing state changed (agent:stateChanged, or the acknowledgement of a capacity change): their status
 * and capacity in the list. The list is unchanged (same array) when the user is not in it or nothing differs.
 */
export function applyAgentStateToUsers(
  users: UserSummary[],
  state: { userId: string; status: UserSummary["status"]; chatCapacity: number },
): UserSummary[] {
  const index = users.findIndex((user) => user.id === state.userId);
  const user = users[index];
  if (user === undefined || (user.status === state.status && user.chatCapacity === state.chatCapacity)) return users;
  return users.map((u, i) => (i === index ? { ...u, status: state.status, chatCapacity: state.chatCapacity } : u));
}
