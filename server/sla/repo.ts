/** SQL of SLA policies: a brand's targets for a channel, read together with the calendar they count on. */
import type { BusinessHours } from "../../shared/domain/brands/businessHours.ts";
import type { SlaTerms } from "../../shared/domain/sla/dueAt.ts";
import type { Channel } from "../../shared/schemas/brand.ts";
import type { Queryable } from "../db/client.ts";

/**
 * A brand's holidays as "YYYY-MM-DD" strings, whatever the session's DateStyle: a `date` read as a JavaScript Date
 * would become midnight in the server's own zone, not the brand's.
 */
export const HOLIDAYS_AS_TEXT = (column: string) => `array(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(${column}) d ORDER BY d)`;

/** The brand's SLA terms for the channel; null when it has no policy for it (no due times then). */
export async function findSlaTerms(db: Queryable, brandId: string, channel: Channel): Promise<SlaTerms | null> {
  const found = await db.query<{
    first_response_target_ms: string | number;
    resolution_target_ms: string | number;
    business_hours_only: boolean;
    time_zone: string;
    business_hours: BusinessHours;
    holidays: string[];
  }>(
    `SELECT p.first_response_target_ms, p.resolution_target_ms, p.business_hours_only, b.time_zone, b.business_hours,
            ${HOLIDAYS_AS_TEXT("b.holidays")} AS holidays
       FROM sla_policies p JOIN brands b ON b.id = p.brand_id
      WHERE p.brand_id = $1 AND p.channel = $2`,
    [brandId, channel],
  );
  const row = found.rows[0];
  if (!row) return null;
  return {
    // bigint columns arrive as strings from node-postgres
    policy: { firstResponseTargetMs: Number(row.first_response_target_ms), resolutionTargetMs: Number(row.resolution_target_ms), businessHoursOnly: row.business_hours_only },
    calendar: { timeZone: row.time_zone, businessHours: row.business_hours, holidays: row.holidays },
  };
}
