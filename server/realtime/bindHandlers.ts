/**
 * The console namespace's binding of the one request pipeline (requestPipeline.ts): its catalog, its handler table,
 * a session that must still be valid, and announcements to console rooms or to visitors' chats.
 */
import { requests } from "../../shared/contract/index.ts";
import type { AppServices, ConsoleSocket, HandlerContext } from "../handlers/context.ts";
import type { Announcement, HandlerTable } from "../handlers/defineHandlers.ts";
import { RequestFailure } from "../handlers/failure.ts";
import type { InFlight } from "./inFlight.ts";
import { bindRequests } from "./requestPipeline.ts";

export interface SessionGuard {
  /** Re-checks the socket's session when it was last checked long ago; false means it is over. */
  stillValid(socket: ConsoleSocket): Promise<boolean>;
}

export function bindHandlers(
  socket: ConsoleSocket,
  services: AppServices,
  table: HandlerTable,
  guard: SessionGuard,
  inFlight: InFlight,
): void {
  const { userId, sessionId, ip } = socket.data;
  bindRequests<HandlerContext>(socket, {
    catalog: requests,
    handlers: table,
    db: services.db,
    clock: services.clock,
    log: services.log,
    inFlight,
    logFields: { userId },
    actorId: userId,
    async admit() {
      if (!(await guard.stillValid(socket))) throw new RequestFailure("unauthenticated", "Your session has ended. Sign in again.");
    },
    context: (log) => ({
      ...services,
      get log() {
        return log();
      },
      userId,
      sessionId,
      socket,
      ip,
    }),
    emit: (a: Announcement) => {
      if (a.namespace === "widget") return void services.widget.to(a.room).emit(a.event, a.payload as never);
      (a.exceptCaller ? socket.to(a.room) : services.io.to(a.room)).emit(a.event, a.payload as never);
    },
    doneLevel: (kind) => (kind === "action" ? "info" : "debug"),
    words: {
      invalidInput: (name) => `Invalid ${name} payload.`,
      tooLarge: (name, size, limit) => `The payload is ${size} bytes; the limit for ${name} is ${limit}.`,
      unavailable: "The server is restarting. Try again in a moment.",
      internal: "Something went wrong on the server. Nothing was changed; try again.",
    },
  });
}
