import { z } from "zod";
import { BrandId, ClientId, UserId } from "../schemas/ids.ts";
import { Role, UserSummary } from "../schemas/user.ts";
import { action, query } from "./define.ts";

export const SetUserDisabled = z.object({ clientId: ClientId, userId: UserId, disabled: z.boolean() });
/** role null removes the user's access to the brand. */
export const SetMembership = z.object({ clientId: ClientId, userId: UserId, brandId: BrandId, role: Role.nullable() });

export const userRequests = {
  /** Users who work for any brand the caller administers (or for none yet), with their memberships in those brands only. */
  "user:list": query(z.object({}), z.array(UserSummary)),
  /** Disable or enable an account; a disabled user's sockets close at once. Needs admin of all their brands. */
  "user:setDisabled": action(SetUserDisabled, UserSummary),
  /** Grant, change or remove a user's role in a brand the caller administers; takes effect on open sockets at once. */
  "membership:set": action(SetMembership, UserSummary),
};

export const userPushes = {
  /** A user's account or brand access changed; each admin gets the memberships in the brands they administer. */
  "user:changed": UserSummary,
};
