/**
 * What every console handler gets: the app's services and who is asking. Time comes from clock, never Date.now().
 * Features import this; the transport (server/realtime/) builds it. Neither imports the other.
 */
import type { Clock } from "../app/clock.ts";
import type { Logger } from "../app/logger.ts";
import type { Database } from "../db/client.ts";
import type { ChatServices } from "../chat/chatServices.ts";
import type { AccessEffects } from "../access/accessEffects.ts";
import type { WidgetNamespace } from "../chat/widgetNamespace.ts";
import type { ConsoleServer, ConsoleSocket } from "./sockets.ts";

export type { ConsoleServer, ConsoleSocket, InterServerEvents, SocketData } from "./sockets.ts";

export interface AppServices {
  db: Database;
  clock: Clock;
  log: Logger;
  io: ConsoleServer;
  /** the visitors' namespace, for announcements to a chat's visitor */
  widget: WidgetNamespace;
  access: AccessEffects;
  chat: ChatServices;
}

export interface HandlerContext extends AppServices {
  userId: string;
  sessionId: string;
  socket: ConsoleSocket;
  ip: string | null;
}
