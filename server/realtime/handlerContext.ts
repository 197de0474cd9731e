import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/contract/index.ts";
import type { Clock } from "../app/clock.ts";
import type { Logger } from "../app/logger.ts";
import type { Database } from "../db/client.ts";
import type { ChatServices } from "../chat/chatServices.ts";
import type { AccessEffects } from "./accessEffects.ts";

export interface SocketData {
  userId: string;
  sessionId: string;
  /** the raw session token, kept to re-check the session as the socket lives on */
  sessionToken: string;
  sessionCheckedAt: number;
  ip: string | null;
}

/** Between server processes (through the Redis adapter): a user's access changed, prune their sockets. */
export interface InterServerEvents {
  "access:changed": (userId: string) => void;
}

export type ConsoleServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type ConsoleSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** What every handler gets: the app's services and who is asking. Time comes from clock, never Date.now(). */
export interface AppServices {
  db: Database;
  clock: Clock;
  log: Logger;
  io: ConsoleServer;
  access: AccessEffects;
  chat: ChatServices;
}

export interface HandlerContext extends AppServices {
  userId: string;
  sessionId: string;
  socket: ConsoleSocket;
  ip: string | null;
}
