/**
 * agent:notified goes to every console of one user, ready to show as a desktop notification: the title names
 * who did what, the preview is the text it is about. The console decides whether to sound or show it.
 */
import type { PushPayload } from "../../shared/contract/index.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { ConsoleServer } from "../handlers/sockets.ts";
import { rooms } from "../handlers/rooms.ts";

type Notice = PushPayload<"agent:notified">;

export function notifyAgent(io: ConsoleServer, userId: string, notice: Notice): void {
  io.to(rooms.user(userId)).emit("agent:notified", notice);
}

const about = (conversation: Conversation) => ({ conversationId: conversation.id, brandId: conversation.brandId });

export function assignedNotice(conversation: Conversation, by: { id: string; name: string }, at: Date): Notice {
  return {
    kind: "assigned",
    ...about(conversation),
    byUserId: by.id,
    title: `${by.name} assigned you the conversation with ${conversation.contactName}`,
    preview: conversation.subject ?? conversation.lastPreview,
    at: at.toISOString(),
  } as Notice;
}

export function mentionedNotice(conversation: Conversation, by: { id: string; name: string }, preview: string, at: string): Notice {
  return {
    kind: "mentioned",
    ...about(conversation),
    byUserId: by.id,
    title: `${by.name} mentioned you in the conversation with ${conversation.contactName}`,
    preview,
    at,
  } as Notice;
}

export function customerRepliedNotice(conversation: Conversation, preview: string, at: string): Notice {
  return { kind: "customerReplied", ...about(conversation), byUserId: null, title: `${conversation.contactName} replied`, preview, at } as Notice;
}

/** Routing gave the agent a chat: nobody did it by hand, so the title says what it is. */
export function newChatNotice(conversation: Conversation, at: Date): Notice {
  return {
    kind: "assigned",
    ...about(conversation),
    byUserId: null,
    title: `New chat: ${conversation.contactName}`,
    preview: conversation.lastPreview,
    at: at.toISOString(),
  } as Notice;
}
