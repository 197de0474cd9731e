/** The console namespace's socket types: what a socket carries once its handshake passed. No feature imports here. */
import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/contract/index.ts";

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
