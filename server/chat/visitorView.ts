/**
 * What a visitor may see of their chat's timeline: the messages both ways, and the events written for them
 * (`data.visitorText`). Internal notes and every other event stay on the agents' side.
 */
import type { VisitorMessage } from "../../shared/schemas/chat.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";

/** SQL condition on timeline_items t: the items a visitor sees. */
export const VISIBLE_TO_VISITOR = `(t.kind = 'message' OR t.data ? 'visitorText')`;

export function toVisitorMessage(item: TimelineItem, authorName: string | null): VisitorMessage | null {
  if (item.kind === "message") {
    const fromVisitor = item.direction === "inbound";
    return {
      id: item.id,
      seq: item.seq,
      clientId: item.clientId,
      from: fromVisitor ? "visitor" : "agent",
      authorName: fromVisitor ? null : authorName,
      body: item.body,
      at: item.createdAt,
    };
  }
  const text = item.data.visitorText;
  if (typeof text !== "string") return null;
  return { id: item.id, seq: item.seq, clientId: item.clientId, from: "system", authorName: null, body: text, at: item.createdAt };
}
