import { z } from "zod";
import { BrandId, UserId } from "./ids.ts";

export const Role = z.enum(["agent", "trainer", "supervisor", "admin"]);
export type Role = z.infer<typeof Role>;

export const AgentStatus = z.enum(["available", "away", "offline"]);
export type AgentStatus = z.infer<typeof AgentStatus>;

export const Membership = z.object({ brandId: BrandId, role: Role });
export type Membership = z.infer<typeof Membership>;

export const UserSummary = z.object({
  id: UserId,
  email: z.string(),
  name: z.string(),
  timeZone: z.string(),
  status: AgentStatus,
  /** how many chats routing gives the user at once */
  chatCapacity: z.number().int().min(0),
  disabled: z.boolean(),
  memberships: z.array(Membership),
});
export type UserSummary = z.infer<typeof UserSummary>;

export const Credentials = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});
export type Credentials = z.infer<typeof Credentials>;
