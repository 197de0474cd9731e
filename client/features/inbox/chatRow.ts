/**
 * What a chat's inbox row adds: how long the chat has been idle (the visitor and the agent both quiet), whether
 * it waits in the brand's queue, and whether the visitor has left. Emails and calls have none of it.
 */
import { channelTraits } from "../../../shared/domain/channels.ts";
import { chatHasEnded } from "../../../shared/domain/chat/lifecycle.ts";
import type { InboxRow } from "../../../shared/schemas/conversation.ts";
import { describeSpan, formatAge } from "../../ui/time.ts";

export interface ChatRowState {
  /** for an open chat the visitor is still in: "idle 4m" (or "active" within the last minute) */
  idle: { short: string; long: string } | null;
  queued: boolean;
  ended: boolean;
}

export function chatRowState(row: Pick<InboxRow, "channel" | "status" | "lastActivityAt" | "queuedAt" | "chatEndedAt">, now: Date): ChatRowState | null {
  if (!channelTraits[row.channel].live) return null;
  const ended = chatHasEnded(row);
  const queued = row.queuedAt !== null && !ended;
  if (ended || row.status !== "open") return { idle: null, queued, ended };
  const span = describeSpan(row.lastActivityAt, now);
  return {
    idle: span === null ? { short: "active", long: "active in the last minute" } : { short: `idle ${formatAge(row.lastActivityAt, now)}`, long: `idle for ${span}` },
    queued,
    ended,
  };
}
