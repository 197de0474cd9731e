import type { Role } from "../../../shared/schemas/user.ts";

/** How the console names each role; which roles exist, their order and what each may do are shared/domain/access/can.ts. */
export const roleLabel: Record<Role, string> = {
  agent: "Agent",
  trainer: "Trainer",
  supervisor: "Supervisor",
  admin: "Admin",
};
