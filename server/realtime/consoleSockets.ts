/**
 * The console's Socket.io side: the handshake must carry a live session (the same cookie as HTTP), the
 * socket joins only the rooms its user is entitled to, and its session is re-checked as it lives on.
 */
import { SESSION_COOKIE, readCookie } from "../auth/cookies.ts";
import { touchSession, type SessionLimits } from "../auth/sessions.ts";
import { clientAddress, originAllowed, type OriginPolicy } from "../http/security.ts";
import { announceDeparture } from "../conversations/presence.ts";
import type { SessionEndReason } from "../access/accessEffects.ts";
import { CONVERSATION_ROOM_PREFIX } from "../handlers/rooms.ts";
import { bindHandlers, type SessionGuard } from "./bindHandlers.ts";
import type { HandlerTable } from "../handlers/defineHandlers.ts";
import type { AppServices, ConsoleServer, ConsoleSocket } from "../handlers/context.ts";
import type { InFlight } from "./inFlight.ts";

/** How long a socket's last session check counts; within it, events skip the database round trip. */
const SESSION_RECHECK_MS = 30_000;
const SWEEP_INTERVAL_MS = 60_000;

export function attachConsoleSockets(
  io: ConsoleServer,
  services: AppServices,
  table: HandlerTable,
  inFlight: InFlight,
  options: { limits: SessionLimits; origin: OriginPolicy },
): { sweep(): Promise<void>; stop(): void } {
  const { db, clock, log } = services;

  io.use(async (socket, next) => {
    try {
      // a page of another site must not ride on the agent's cookie
      if (!originAllowed(socket.request, options.origin)) return next(new Error("forbidden_origin"));
      const token = readCookie(socket.request.headers.cookie, SESSION_COOKIE);
      const check = token ? await touchSession(db, token, clock.now(), options.limits) : null;
      if (!token || !check?.ok) {
        const error = new Error("unauthenticated") as Error & { data?: unknown };
        error.data = { code: "unauthenticated", message: "Sign in to connect." };
        return next(error);
      }
      socket.data = {
        userId: check.session.userId,
        sessionId: check.session.id,
        sessionToken: token,
        sessionCheckedAt: clock.now().getTime(),
        ip: clientAddress(socket.request, options.origin),
      };
      // joined before the client hears "connected", so no push meant for this session can slip past it
      await services.access.joinEntitledRooms(socket);
      next();
    } catch (error) {
      log.error({ err: error }, "socket handshake failed");
      next(new Error("unavailable"));
    }
  });

  const guard: SessionGuard = {
    async stillValid(socket) {
      const now = clock.now().getTime();
      if (now - socket.data.sessionCheckedAt < SESSION_RECHECK_MS) return true;
      const check = await touchSession(db, socket.data.sessionToken, new Date(now), options.limits);
      if (check.ok) {
        socket.data.sessionCheckedAt = now;
        return true;
      }
      endSocket(socket, check.reason);
      return false;
    },
  };

  io.on("connection", (socket) => {
    bindHandlers(socket, services, table, guard, inFlight);
    socket.on("disconnecting", () => {
      const watched = [...socket.rooms].filter((r) => r.startsWith(CONVERSATION_ROOM_PREFIX)).map((r) => r.slice(CONVERSATION_ROOM_PREFIX.length));
      void announceDeparture(services, socket.data.userId, watched).catch((error) => log.error({ err: error }, "presence departure failed"));
    });
  });

  // an open console keeps its session in use; an ended or expired one closes its sockets
  const sweep = async () => {
    const sockets = [...io.sockets.sockets.values()];
    for (const socket of sockets) {
      const check = await touchSession(db, socket.data.sessionToken, clock.now(), options.limits);
      if (!check.ok) endSocket(socket, check.reason);
      else socket.data.sessionCheckedAt = clock.now().getTime();
    }
  };
  const timer = setInterval(() => void sweep().catch((error) => log.error({ err: error }, "session sweep failed")), SWEEP_INTERVAL_MS);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}

function endSocket(socket: ConsoleSocket, reason: SessionEndReason | "unknown"): void {
  // an unknown token on a live socket means its session row is gone: to the user that is an expired session
  socket.emit("session:ended", { reason: reason === "unknown" ? "expired" : reason });
  socket.disconnect(true);
}
