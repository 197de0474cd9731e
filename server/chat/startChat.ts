/**
 * A visitor starts a chat with their first message: inside the brand's hours, with an agent of the brand
 * available, and with what the brand's pre-chat form asks. The chat joins the brand's queue and routing hands it
 * out; the visitor gets the token that brings them back to it from a reload or another tab.
 */
import { v7 as uuidv7 } from "uuid";
import { UNAVAILABLE_TEXT, chatAvailability } from "../../shared/domain/chat/availability.ts";
import type { ChatState, StartChat, VisitorMessage } from "../../shared/schemas/chat.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import { findConversation } from "../conversations/repo.ts";
import type { Queryable } from "../db/client.ts";
import { RequestFailure } from "../handlers/failure.ts";
import { rooms } from "../handlers/rooms.ts";
import { findSlaTerms } from "../sla/repo.ts";
import { customerMessageItem } from "../timeline/newItems.ts";
import { insertTimelineItem } from "../timeline/repo.ts";
import { findChatState } from "./chatState.ts";
import { insertConversation, upsertVisitorContact } from "./repo.ts";
import type { VisitorContext } from "./visitorContext.ts";
import { toVisitorMessage } from "./visitorView.ts";
import { countAvailableAgents } from "./widgetBrandRepo.ts";

export interface StartedChat {
  visitorToken: string;
  chat: ChatState;
  message: VisitorMessage;
}

/** What the commit made: the visitor's answer, and what the consoles are told. */
export interface ChatStarted extends StartedChat {
  item: TimelineItem;
  conversation: Conversation;
}

/** Refuses a chat that cannot start now: outside hours, nobody available, the pre-chat form unanswered, a flood. */
export async function checkChatCanStart(ctx: VisitorContext, input: StartChat): Promise<void> {
  const availability = chatAvailability(ctx.brand, await countAvailableAgents(ctx.db, ctx.brand.id), ctx.clock.now());
  // conflict, not unavailable: unavailable is a server restarting, which the widget retries; a closed desk is an
  // answer to show, and the widget offers to leave a message instead
  if (!availability.online) throw new RequestFailure("conflict", UNAVAILABLE_TEXT[availability.reason]);
  const asks = ctx.brand.preChatForm;
  if (asks !== "none" && !input.name) throw new RequestFailure("invalid_input", "Please tell us your name.", [{ path: "name", message: "required" }]);
  if (asks === "nameEmail" && !input.email) throw new RequestFailure("invalid_input", "Please give us your email address.", [{ path: "email", message: "required" }]);
  await ctx.limits.newChat(ctx.ip);
}

/** Inside the action's transaction: the contact (the returning visitor's, or new), the chat, its first message. */
export async function startChat(ctx: VisitorContext, input: StartChat, tx: Queryable): Promise<ChatStarted> {
  const now = ctx.clock.now();
  const returning = ctx.socket.data.visitor;
  const contactId =
    returning?.contactId ??
    (await upsertVisitorContact(tx, { id: uuidv7(), brandId: ctx.brand.id, name: input.name ?? `Visitor ${input.clientId.slice(-4).toUpperCase()}`, email: input.email ?? null, at: now }));
  const conversationId = uuidv7();
  await insertConversation(tx, {
    id: conversationId,
    brandId: ctx.brand.id,
    contactId,
    channel: "chat",
    subject: null,
    at: now,
    sla: await findSlaTerms(tx, ctx.brand.id, "chat"),
    queued: true,
  });
  const item = await insertTimelineItem(tx, customerMessageItem({ conversationId, clientId: input.clientId, body: input.body, at: now }));
  const chat = await findChatState(tx, conversationId);
  const conversation = await findConversation(tx, conversationId);
  if (!item || !chat || !conversation) throw new Error("the chat just inserted is missing");
  return { visitorToken: ctx.tokens.sign({ brandId: ctx.brand.id, contactId, conversationId }), chat, message: toVisitorMessage(item, null)!, item, conversation };
}

/** The socket now belongs to the new chat: its pushes reach this tab, the old chat's no longer do. */
export async function bindVisitorToChat(ctx: VisitorContext, started: ChatStarted): Promise<void> {
  const claims = ctx.tokens.verify(started.visitorToken);
  if (!claims) return;
  const returning = ctx.socket.data.visitor;
  if (returning && returning.conversationId !== claims.conversationId) await ctx.socket.leave(rooms.visitorChat(returning.conversationId));
  ctx.socket.data.visitor = { contactId: claims.contactId, conversationId: claims.conversationId };
  await ctx.socket.join(rooms.visitorChat(claims.conversationId));
}
