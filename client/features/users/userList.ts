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
