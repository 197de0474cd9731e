/**
 * The visitor widget's events, on the `/widget` namespace: a catalog of its own, because a visitor is not a user
 * and may touch nothing but their own chat. The server binds the conversation from the visitor's token; no event
 * names a conversation. The widget imports only types from here, so zod stays out of its bundle.
 */
import { z } from "zod";
import { ChatState, LeaveMessage, RateChat, SendChatMessage, StartChat, VisitorMessage, WidgetConfig } from "../schemas/chat.ts";
import { ClientId, ConversationId } from "../schemas/ids.ts";
import { action, type Ack, query } from "./define.ts";

export const WIDGET_NAMESPACE = "/widget";

/** What the widget sends in the handshake's `auth`. */
export interface WidgetHandshake {
  widgetKey: string;
  /** from an earlier chat:start on this site; absent for a new visitor */
  visitorToken?: string;
}

export const widgetRequests = {
  /** The brand's look and greeting, whether a chat can start now, and the visitor's current chat, if any. */
  "widget:hello": query(z.object({}), z.object({ config: WidgetConfig, chat: ChatState.nullable() })),
  /** Starts a chat with the first message. The token it returns identifies the visitor on later connections. */
  "chat:start": action(StartChat, z.object({ visitorToken: z.string(), chat: ChatState, message: VisitorMessage })),
  /** One message of the visitor's; a repeat of the same clientId returns the first message. */
  "chat:send": action(SendChatMessage, VisitorMessage),
  /** The transcript after a seq (0 for all of it), oldest first, and the chat's state. */
  "chat:history": query(z.object({ afterSeq: z.number().int().min(0).default(0) }), z.object({ items: z.array(VisitorMessage), state: ChatState })),
  /** The visitor is typing or stopped; shown to the agents in the conversation. Not stored. */
  "chat:typing": query(z.object({ typing: z.boolean() }), z.object({})),
  /** The visitor has seen everything up to seq. */
  "chat:read": query(z.object({ seq: z.number().int().min(0) }), z.object({})),
  /** The visitor ends the chat. */
  "chat:end": action(z.object({ clientId: ClientId }), ChatState),
  /** 1–5 and a comment, once the chat has ended; shown on the conversation. */
  "chat:rate": action(RateChat, ChatState),
  /** Outside hours or with no agent online: a message with an email address, which becomes an email conversation. */
  "chat:leaveMessage": action(LeaveMessage, z.object({ received: z.literal(true) })),
};

export const widgetPushes = {
  /** A message in the visitor's chat (their own from another tab, an agent's, or an event said to them). */
  "chat:message": VisitorMessage,
  /** Queue position, the agent who joined, delivered/read marks, the end. */
  "chat:state": ChatState,
  /** The visitor's messages up to seq have reached the agent: the delivered mark alone, without the rest of the state. */
  "chat:delivered": z.object({ conversationId: ConversationId, seq: z.number().int().positive() }),
  /** The agent is typing or stopped. */
  "chat:agentTyping": z.object({ typing: z.boolean(), agentName: z.string() }),
  /**
   * Messages and states from other server processes may have been lost while the socket stayed connected (Redis,
   * which carries them, was away): fetch the history after the last seq seen, as after a reconnect.
   */
  "chat:resync": z.object({}),
};

export type WidgetRequests = typeof widgetRequests;
export type WidgetRequestName = keyof WidgetRequests;
export type WidgetRequestInput<E extends WidgetRequestName> = z.input<WidgetRequests[E]["input"]>;
export type WidgetRequestOutput<E extends WidgetRequestName> = z.output<WidgetRequests[E]["output"]>;
export type WidgetPushName = keyof typeof widgetPushes;
export type WidgetPushPayload<E extends WidgetPushName> = z.output<(typeof widgetPushes)[E]>;

export type WidgetClientToServerEvents = {
  [E in WidgetRequestName]: (payload: WidgetRequestInput<E>, ack: (response: Ack<WidgetRequestOutput<E>>) => void) => void;
};
export type WidgetServerToClientEvents = {
  [E in WidgetPushName]: (payload: WidgetPushPayload<E>) => void;
};

export function isWidgetRequestName(name: string): name is WidgetRequestName {
  return Object.hasOwn(widgetRequests, name);
}
