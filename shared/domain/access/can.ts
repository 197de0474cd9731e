/**
 * What each role may do inside a brand. The server asks this for every event, room and route
 * (server/auth/access.ts supplies the caller's memberships); the console asks it only to hide buttons.
 * Trainers prepare agents: scripts and KB including drafts, never customer data.
 */
import type { BrandId } from "../../schemas/ids.ts";
import type { AgentStatus, Membership, Role } from "../../schemas/user.ts";

export const PERMISSIONS = [
  "conversation.read",
  "conversation.write",
  /** routing may give the person the brand's chats */
  "chat.take",
  "script.read",
  "script.readDraft",
  "script.write",
  "kb.read",
  "kb.readDraft",
  "kb.write",
  "queue.supervise",
  "brand.manage",
  "user.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const agent: Permission[] = ["conversation.read", "conversation.write", "chat.take", "script.read", "kb.read"];
const trainer: Permission[] = ["script.read", "script.readDraft", "kb.read", "kb.readDraft"];
const supervisor: Permission[] = [...agent, "script.readDraft", "kb.readDraft", "queue.supervise"];
const admin: Permission[] = [...supervisor, "script.write", "kb.write", "brand.manage", "user.manage"];

export const permissionsOf: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  agent: new Set(agent),
  trainer: new Set(trainer),
  supervisor: new Set(supervisor),
  admin: new Set(admin),
};

/** Every role from the least to the most it may do: the order of role pickers, and which one heads a name. */
export const ROLES: readonly Role[] = ["agent", "trainer", "supervisor", "admin"];

/** The roles holding a permission, in ROLES order. */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => permissionsOf[role].has(permission));
}

export interface Principal {
  readonly userId: string;
  readonly memberships: readonly Membership[];
}

export function roleIn(principal: Principal, brandId: BrandId | string): Role | null {
  return principal.memberships.find((m) => m.brandId === brandId)?.role ?? null;
}

export function can(principal: Principal, permission: Permission, brandId: BrandId | string): boolean {
  const role = roleIn(principal, brandId);
  return role !== null && permissionsOf[role].has(permission);
}

/** Brands in which the principal holds the permission. */
export function brandsWhere(principal: Principal, permission: Permission): BrandId[] {
  return principal.memberships.filter((m) => permissionsOf[m.role].has(permission)).map((m) => m.brandId);
}

/** The role shown beside the user's name: the highest they hold anywhere. */
export function headlineRole(memberships: readonly Membership[]): Role | null {
  return ROLES.findLast((role) => memberships.some((m) => m.role === role)) ?? null;
}

/**
 * Whether routing may give the person chats: they take chats in at least one brand (every brand has the chat
 * widget). Available and away are what routing reads, so only such a person sets them; anyone may be offline.
 */
export function takesChats(principal: Principal): boolean {
  return brandsWhere(principal, "chat.take").length > 0;
}

export function maySetStatus(principal: Principal, status: AgentStatus): boolean {
  return status === "offline" || takesChats(principal);
}
