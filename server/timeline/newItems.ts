/** The timeline items that several paths write alike: a customer's message, and an event recorded by Switchboard itself. */
import { v7 as uuidv7 } from "uuid";
import { waitingEffectOf } from "../../shared/domain/conversations/waiting.ts";
import { maskCardNumbers } from "../../shared/domain/redaction/cardNumbers.ts";
import { previewOf } from "./preview.ts";
import type { NewTimelineItem } from "./repo.ts";

/** A customer's message as it is stored: card numbers masked, the customer's wait started. */
export function customerMessageItem(message: { conversationId: string; clientId: string; body: string; at: Date; data?: object }): NewTimelineItem {
  const body = maskCardNumbers(message.body);
  return {
    id: uuidv7(),
    conversationId: message.conversationId,
    clientId: message.clientId,
    kind: "message",
    direction: "inbound",
    authorType: "contact",
    authorUserId: null,
    body,
    data: message.data ?? {},
    preview: previewOf(body),
    waiting: waitingEffectOf({ kind: "message", direction: "inbound" }),
    at: message.at,
  };
}

/** An assignment made by Switchboard (routing, a lost console), not by a person. */
export function systemAssignmentItem(conversationId: string, data: object, at: Date): NewTimelineItem {
  return {
    id: uuidv7(),
    conversationId,
    clientId: uuidv7(),
    kind: "assignment",
    direction: null,
    authorType: "system",
    authorUserId: null,
    body: "",
    data,
    preview: "",
    waiting: "none",
    at,
  };
}
