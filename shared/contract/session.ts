import { z } from "zod";
import { BrandSummary } from "../schemas/brand.ts";
import { Instant } from "../schemas/ids.ts";
import { UserSummary } from "../schemas/user.ts";
import { query } from "./define.ts";

export const Whoami = z.object({ user: UserSummary, brands: z.array(BrandSummary) });
export type Whoami = z.infer<typeof Whoami>;

export const sessionRequests = {
  /** The signed-in user and the brands they may see, with their role in each. */
  "session:whoami": query(z.object({}), Whoami),
};

export const sessionPushes = {
  /** The user's access changed (brand added or removed, role changed): refetch whoami and drop what is gone. */
  "session:changed": z.object({ reason: z.string() }),
  /** The session is over (signed out, expired, user disabled); the socket closes right after. */
  "session:ended": z.object({ reason: z.enum(["signed_out", "expired", "disabled"]) }),
  /**
   * Pushes from other server processes may have been lost since `since` (Redis, which carries them, was away) while
   * this socket stayed connected: catch up as after a reconnect, the inbox from `since` at the latest.
   */
  "session:resync": z.object({ since: Instant }),
};
