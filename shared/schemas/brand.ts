import { z } from "zod";
import { BrandId } from "./ids.ts";
import { Role } from "./user.ts";

export const Channel = z.enum(["chat", "email", "phone"]);
export type Channel = z.infer<typeof Channel>;

/** What an agent sees of a brand they work for: enough to always know whose voice they speak in. */
export const BrandSummary = z.object({
  id: BrandId,
  slug: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.string(),
  color: z.string(),
  accentColor: z.string(),
  logoSvg: z.string().nullable(),
  timeZone: z.string(),
  toneNotes: z.string(),
  signature: z.string(),
  /** the caller's role in this brand */
  role: Role,
});
export type BrandSummary = z.infer<typeof BrandSummary>;
