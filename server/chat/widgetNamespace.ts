import type { Namespace, Socket } from "socket.io";
import type { WidgetClientToServerEvents, WidgetServerToClientEvents } from "../../shared/contract/widget.ts";

export interface VisitorData {
  brandId: string;
  /** set once the visitor has a chat: from the token at the handshake, or by chat:start */
  visitor: { contactId: string; conversationId: string } | null;
  ip: string | null;
}

export type WidgetNamespace = Namespace<WidgetClientToServerEvents, WidgetServerToClientEvents, Record<string, never>, VisitorData>;
export type VisitorSocket = Socket<WidgetClientToServerEvents, WidgetServerToClientEvents, Record<string, never>, VisitorData>;
