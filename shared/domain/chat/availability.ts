/** Whether a visitor can start a chat now: inside the brand's hours, with at least one of its agents available. */
import { isOpenAt, type BusinessHours } from "../brands/businessHours.ts";

export type Availability = { online: true; reason: null } | { online: false; reason: "closed" | "noAgents" };

export function chatAvailability(brand: { businessHours: BusinessHours; timeZone: string }, availableAgents: number, at: Date): Availability {
  if (!isOpenAt(brand.businessHours, brand.timeZone, at)) return { online: false, reason: "closed" };
  if (availableAgents === 0) return { online: false, reason: "noAgents" };
  return { online: true, reason: null };
}

/** What the visitor reads when a chat cannot start. */
export const UNAVAILABLE_TEXT: Record<"closed" | "noAgents", string> = {
  closed: "We're closed right now. Leave us a message and we'll reply by email.",
  noAgents: "No one is available to chat right now. Leave us a message and we'll reply by email.",
};
