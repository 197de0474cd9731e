import type { Clock } from "../app/clock.ts";
import type { Logger } from "../app/logger.ts";
import type { Database } from "../db/client.ts";
import { RequestFailure } from "../handlers/failure.ts";
import type { ConsoleServer } from "../handlers/sockets.ts";
import type { ChatServices } from "./chatServices.ts";
import type { MessageAnnouncer } from "./messageAnnouncer.ts";
import type { MessageBatcher } from "./messageBatcher.ts";
import type { VisitorLimits } from "./visitorLimits.ts";
import type { VisitorTokens } from "./visitorToken.ts";
import type { WidgetBrand } from "./widgetBrandRepo.ts";
import type { VisitorSocket } from "./widgetNamespace.ts";

export interface VisitorServices {
  db: Database;
  clock: Clock;
  log: Logger;
  io: ConsoleServer;
  chat: ChatServices;
  tokens: VisitorTokens;
  limits: VisitorLimits;
  batcher: MessageBatcher;
  announcer: MessageAnnouncer;
}

/** What a visitor's request gets: the services, their socket, and the brand of the widget key they came with. */
export interface VisitorContext extends VisitorServices {
  socket: VisitorSocket;
  brand: WidgetBrand;
  ip: string;
}

/** The visitor's chat, or a refusal that tells them to start one. */
export function chatOf(ctx: VisitorContext): { contactId: string; conversationId: string } {
  const visitor = ctx.socket.data.visitor;
  if (!visitor) throw new RequestFailure("not_found", "There is no chat yet. Start one first.");
  return visitor;
}
