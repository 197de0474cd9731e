import { v7 as uuidv7 } from "uuid";
import type { SlaPolicy } from "../../../shared/domain/sla/dueAt.ts";
import type { Channel } from "../../../shared/schemas/brand.ts";
import type { Queryable } from "../client.ts";
import type { BrandSlug, SeedBrand } from "./brands.ts";
import { insertRows } from "./insertRows.ts";
import { SECOND, MINUTE, HOUR } from "../../../shared/domain/durations.ts";

export interface SeedSlaPolicy extends SlaPolicy {
  id: string;
  brandId: string;
  channel: Channel;
}

// The targets each client's contract bills on: [first response, resolution].
const TARGETS: Record<BrandSlug, Record<Channel, [number, number]>> = {
  "lumen-fibre": { chat: [2 * MINUTE, 1 * HOUR], email: [4 * HOUR, 48 * HOUR], phone: [30 * SECOND, 15 * MINUTE] },
  threadline: { chat: [1 * MINUTE, 45 * MINUTE], email: [8 * HOUR, 72 * HOUR], phone: [45 * SECOND, 20 * MINUTE] },
  "harbor-insurance": { chat: [3 * MINUTE, 2 * HOUR], email: [2 * HOUR, 24 * HOUR], phone: [20 * SECOND, 30 * MINUTE] },
};

// Email targets count only business time where the brand keeps hours: a message sent on Saturday night is not late
// on Sunday. Lumen Fibre's lines never close, and phone and chat reach an agent only while someone is there anyway.
const BUSINESS_HOURS_ONLY: Record<BrandSlug, readonly Channel[]> = {
  "lumen-fibre": [],
  threadline: ["email"],
  "harbor-insurance": ["email"],
};

export function planSlaPolicies(brands: readonly SeedBrand[]): SeedSlaPolicy[] {
  return brands.flatMap((brand) =>
    (Object.entries(TARGETS[brand.slug]) as [Channel, [number, number]][]).map(([channel, [firstResponseTargetMs, resolutionTargetMs]]) => ({
      id: uuidv7(),
      brandId: brand.id,
      channel,
      firstResponseTargetMs,
      resolutionTargetMs,
      businessHoursOnly: BUSINESS_HOURS_ONLY[brand.slug].includes(channel),
    })),
  );
}

export function insertSlaPolicies(tx: Queryable, policies: readonly SeedSlaPolicy[]): Promise<void> {
  return insertRows(tx, "sla_policies", policies, {
    id: ["uuid", (p) => p.id],
    brand_id: ["uuid", (p) => p.brandId],
    channel: ["text", (p) => p.channel],
    first_response_target_ms: ["bigint", (p) => p.firstResponseTargetMs],
    resolution_target_ms: ["bigint", (p) => p.resolutionTargetMs],
    business_hours_only: ["boolean", (p) => p.businessHoursOnly],
  });
}
