/**
 * A customer's message, from whichever channel brought it (chat widget, email): stored with the next seq, card
 * numbers masked, the customer's wait started if nobody was waiting yet. Then the conversation's watchers get the
 * item, the brand's consoles the new snapshot, and the assignee a notification. A repeat delivery (same clientId)
 * returns the first item and announces nothing.
 * It commits on its own before announcing: pass the database, never an open transaction.
 */
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { customerRepliedNotice, notifyAgent } from "../conversations/notify.ts";
import { findConversation } from "../conversations/repo.ts";
import type { Database } from "../db/client.ts";
import { RequestFailure, notFound } from "../handlers/failure.ts";
import type { ConsoleServer } from "../handlers/sockets.ts";
import { rooms } from "../handlers/rooms.ts";
import { previewOf } from "./preview.ts";
import { customerMessageItem } from "./newItems.ts";
import { findItemByClientId, insertTimelineItem } from "./repo.ts";

export interface CustomerMessage {
  conversationId: string;
  body: string;
  /** the sender's id for this message (UUID): a redelivery with the same id is stored once */
  clientId: string;
  at: Date;
}

export async function receiveCustomerMessage(db: Database, io: ConsoleServer, message: CustomerMessage): Promise<TimelineItem> {
  const item = await insertTimelineItem(db, customerMessageItem(message));
  if (!item) return earlierDelivery(db, message);
  io.to(rooms.conversation(item.conversationId)).emit("timeline:appended", item);
  const conversation = await findConversation(db, item.conversationId);
  if (!conversation) return item;
  io.to(rooms.brand(conversation.brandId)).emit("conversation:changed", conversation);
  if (conversation.assigneeId !== null) notifyAgent(io, conversation.assigneeId, customerRepliedNotice(conversation, previewOf(item.body), item.createdAt));
  return item;
}

async function earlierDelivery(db: Database, message: CustomerMessage): Promise<TimelineItem> {
  const earlier = await findItemByClientId(db, message.clientId);
  if (!earlier) throw notFound("Conversation");
  if (earlier.conversationId !== message.conversationId) throw new RequestFailure("conflict", "This clientId was already used for another message.");
  return earlier;
}
