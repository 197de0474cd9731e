/**
 * The status life cycle: open, pending (waiting on the customer), snoozed until a time, resolved. A resolved
 * conversation can only be reopened; every other status may move to any other. Leaving a status clears what
 * belonged to it: the snooze's end time, the resolution time.
 */
import type { Conversation, ConversationStatus } from "../../schemas/conversation.ts";
import { refuse, unchanged, type Plan } from "./plan.ts";

const ALLOWED: Readonly<Record<ConversationStatus, readonly ConversationStatus[]>> = {
  open: ["pending", "snoozed", "resolved"],
  pending: ["open", "snoozed", "resolved"],
  // snoozed → snoozed moves the end of the snooze
  snoozed: ["open", "pending", "snoozed", "resolved"],
  resolved: ["open"],
};

/** The statuses the conversation may be set to now; the console offers only these. */
export function allowedStatusChanges(status: ConversationStatus): readonly ConversationStatus[] {
  return ALLOWED[status];
}

export interface StatusChangeRequest {
  status: ConversationStatus;
  /** ISO instant; required with snoozed, and only then */
  snoozedUntil?: string | undefined;
}

/** The statusChange timeline item's data. */
export interface StatusChangeData {
  from: ConversationStatus;
  to: ConversationStatus;
  snoozedUntil?: string;
}

export type StatusPlan = Plan<{
  columns: Pick<Conversation, "status" | "snoozedUntil" | "resolvedAt">;
  item: StatusChangeData;
}>;

export function planStatusChange(
  conversation: Pick<Conversation, "status" | "snoozedUntil">,
  request: StatusChangeRequest,
  now: Date,
): StatusPlan {
  const from = conversation.status;
  const to = request.status;
  let snoozedUntil: string | null = null;
  if (to === "snoozed") {
    if (request.snoozedUntil === undefined) return refuse("invalid_input", "Choose when the snooze ends.");
    const untilMs = Date.parse(request.snoozedUntil);
    if (!(untilMs > now.getTime())) return refuse("invalid_input", "A conversation can only be snoozed until a time in the future.");
    snoozedUntil = new Date(untilMs).toISOString();
    if (from === "snoozed" && conversation.snoozedUntil !== null && Date.parse(conversation.snoozedUntil) === untilMs) return unchanged;
  } else if (request.snoozedUntil !== undefined) {
    return refuse("invalid_input", "Only a snooze has an end time.");
  } else if (from === to) {
    return unchanged;
  }
  if (!ALLOWED[from].includes(to)) {
    return refuse("conflict", `This conversation is ${from}: it can only be set to ${ALLOWED[from].join(" or ")}.`);
  }
  return {
    kind: "change",
    columns: { status: to, snoozedUntil, resolvedAt: to === "resolved" ? now.toISOString() : null },
    item: snoozedUntil === null ? { from, to } : { from, to, snoozedUntil },
  };
}
