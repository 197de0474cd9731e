/**
 * Who may hold a conversation: a user who is not disabled and may write conversations in its brand.
 * Unassigning (null) is always possible.
 */
import { can, type Principal } from "../access/can.ts";
import type { Conversation } from "../../schemas/conversation.ts";
import type { UserId } from "../../schemas/ids.ts";
import { refuse, unchanged, type Plan } from "./plan.ts";

/** The assignment timeline item's data: user ids, null for nobody. */
export interface AssignmentData {
  from: UserId | null;
  to: UserId | null;
}

export type AssignmentPlan = Plan<{ columns: Pick<Conversation, "assigneeId">; item: AssignmentData }>;

/** The would-be assignee as stored now; null when they do not exist (or when unassigning). */
export type CandidateAccess = (Principal & { disabled: boolean }) | null;

export function planAssignment(conversation: Pick<Conversation, "brandId" | "assigneeId">, assigneeId: UserId | null, candidate: CandidateAccess): AssignmentPlan {
  if (assigneeId === conversation.assigneeId) return unchanged;
  if (assigneeId !== null && (!candidate || candidate.disabled || !can(candidate, "conversation.write", conversation.brandId))) {
    // the same answer whether the user does not exist or works elsewhere: ids of other brands' staff do not leak
    return refuse("invalid_input", "That teammate cannot work on this brand's conversations.");
  }
  return { kind: "change", columns: { assigneeId }, item: { from: conversation.assigneeId, to: assigneeId } };
}
