/** Whether a visitor can start a chat now: inside the brand's hours and not on a holiday, with at least one of its agents available. */
import { isOpenAt, type BusinessCalendar } from "../brands/businessHours.ts";

export type Availability = { online: true; reason: null } | { online: false; reason: "closed" | "noAgents" };

export function chatAvailability(brand: BusinessCalendar, availableAgents: number, at: Date): Availability {
  if (!isOpenAt(brand, at)) return { online: false, reason: "closed" };
  if (availableAgents === 0) return { online: false, reason: "noAgents" };
  return { online: true, reason: null };
}

/** What the visitor reads when a chat cannot start. */
export const UNAVAILABLE_TEXT: Record<"closed" | "noAgents", string> = {
  closed: "We're closed right now. Leave us a message and we'll reply by email.",
  noAgents: "No one is available to chat right now. Leave us a message and we'll reply by email.",
};
