/**
 * A chat's state as the workspace shows it: waiting in the brand's queue, live with the visitor, or ended (the
 * visitor left; notes and resolving still work, a reply would reach no one), and the customer's rating. The
 * server sets queuedAt, chatEndedAt and rating; this module only reads them.
 */
import { channelTraits } from "../../../shared/domain/channels.ts";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import { formatTimeOfDay } from "../../ui/time.ts";
import { formatDuration } from "../sla/wording.ts";

export type ChatPhaseView =
  | { phase: "queued"; since: string }
  | { phase: "ended"; at: string }
  | { phase: "live" }
  /** not a chat */
  | null;

export function chatPhaseOf(conversation: Pick<Conversation, "channel" | "queuedAt" | "chatEndedAt">): ChatPhaseView {
  if (!channelTraits[conversation.channel].live) return null;
  if (conversation.chatEndedAt !== null) return { phase: "ended", at: conversation.chatEndedAt };
  if (conversation.queuedAt !== null) return { phase: "queued", since: conversation.queuedAt };
  return { phase: "live" };
}

/**
 * The header's words, under its "Chat" label: "Waiting in queue since 14:05" with "for 3 min"; "Ended" with
 * "14:20"; "Visitor in chat".
 */
export function describeChatPhase(view: NonNullable<ChatPhaseView>, now: Date, timeZone?: string): { text: string; detail: string | null } {
  switch (view.phase) {
    case "queued":
      return { text: `Waiting in queue since ${formatTimeOfDay(view.since, timeZone)}`, detail: `for ${formatDuration(now.getTime() - Date.parse(view.since))}` };
    case "ended":
      return { text: "Ended", detail: formatTimeOfDay(view.at, timeZone) };
    case "live":
      return { text: "Visitor in chat", detail: null };
  }
}

type Rating = NonNullable<Conversation["rating"]>;

/** "★ 4/5" for the header; the stars are decoration, the words are in ratingLabel. */
export function ratingText(rating: Rating): string {
  return `★ ${rating.score}/5`;
}

/** "Rated 4 out of 5", for screen readers. */
export function ratingLabel(rating: Rating): string {
  return `Rated ${rating.score} out of 5`;
}

/** The rating's tone: 4–5 good, 3 neutral, 1–2 poor, so a bad rating catches the eye. */
export function ratingTone(rating: Rating): "good" | "neutral" | "poor" {
  return rating.score >= 4 ? "good" : rating.score === 3 ? "neutral" : "poor";
}
