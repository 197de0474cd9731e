import type { Conversation, Priority } from "../../schemas/conversation.ts";
import { unchanged, type Plan } from "./plan.ts";

/** The priority timeline item's data (a system item). */
export interface PriorityChangeData {
  change: "priority";
  from: Priority;
  to: Priority;
}

export type PriorityPlan = Plan<{ columns: Pick<Conversation, "priority">; item: PriorityChangeData }>;

export function planPriority(conversation: Pick<Conversation, "priority">, priority: Priority): PriorityPlan {
  if (priority === conversation.priority) return unchanged;
  return { kind: "change", columns: { priority }, item: { change: "priority", from: conversation.priority, to: priority } };
}
