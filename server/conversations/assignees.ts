import { permissionsOf } from "../../shared/domain/access/can.ts";
import type { AssigneeCandidate } from "../../shared/schemas/inbox.ts";
import type { Role } from "../../shared/schemas/user.ts";
import type { Queryable } from "../db/client.ts";
import { listBrandUsersWithRoles } from "./repo.ts";

// the same rule as planAssignment: whoever may write the brand's conversations may hold one
const ASSIGNABLE_ROLES = (Object.keys(permissionsOf) as Role[]).filter((role) => permissionsOf[role].has("conversation.write"));

export function listAssignees(db: Queryable, brandId: string): Promise<AssigneeCandidate[]> {
  return listBrandUsersWithRoles(db, brandId, ASSIGNABLE_ROLES);
}
