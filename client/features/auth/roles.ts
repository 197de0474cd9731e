import type { Role } from "../../../shared/schemas/user.ts";

export const roleLabel: Record<Role, string> = {
  agent: "Agent",
  trainer: "Trainer",
  supervisor: "Supervisor",
  admin: "Admin",
};

export const ROLES: readonly Role[] = ["agent", "trainer", "supervisor", "admin"];
