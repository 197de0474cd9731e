/**
 * Makes committed access changes true on live sockets at once, on every server process: a removed brand's
 * rooms are left, a disabled user's and an ended session's sockets are closed. Per-event checks read the
 * database anyway; this stops pushes to rooms the user may no longer be in.
 */
import { can, type Principal } from "../../shared/domain/access/can.ts";
import type { Database } from "../db/client.ts";
import { loadPrincipal } from "./access.ts";
import type { ConsoleServer, ConsoleSocket } from "../handlers/sockets.ts";
import { BRAND_ROOM_PREFIX, CONVERSATION_ROOM_PREFIX, rooms } from "../handlers/rooms.ts";

export type SessionEndReason = "signed_out" | "expired" | "disabled";

export interface AccessEffects {
  accessChanged(userId: string): Promise<void>;
  userDisabled(userId: string): Promise<void>;
  sessionEnded(sessionId: string, reason: SessionEndReason): Promise<void>;
  /** Joins the rooms a fresh socket is entitled to. */
  joinEntitledRooms(socket: ConsoleSocket): Promise<void>;
}

/** Brand rooms carry customer data, so only roles that may read conversations are in them. */
function entitledBrandRooms(principal: Principal): string[] {
  return principal.memberships.filter((m) => can(principal, "conversation.read", m.brandId)).map((m) => rooms.brand(m.brandId));
}

export function createAccessEffects(io: ConsoleServer, db: Database, clustered: boolean): AccessEffects {
  const pruneLocal = async (userId: string) => {
    const sockets = await io.local.in(rooms.user(userId)).fetchSockets();
    if (sockets.length === 0) return;
    const principal = await loadPrincipal(db, userId);
    for (const remote of sockets) {
      const socket = io.sockets.sockets.get(remote.id);
      if (!socket) continue;
      if (principal.disabled) {
        socket.disconnect(true);
        continue;
      }
      const conversationIds = [...socket.rooms].filter((r) => r.startsWith(CONVERSATION_ROOM_PREFIX)).map((r) => r.slice(CONVERSATION_ROOM_PREFIX.length));
      const brandOf = new Map<string, string>();
      if (conversationIds.length > 0) {
        const found = await db.query<{ id: string; brand_id: string }>("SELECT id, brand_id FROM conversations WHERE id = ANY($1::uuid[])", [conversationIds]);
        for (const row of found.rows) brandOf.set(row.id, row.brand_id);
      }
      const entitled = entitledBrandRooms(principal);
      for (const room of [...socket.rooms]) {
        if (room.startsWith(BRAND_ROOM_PREFIX) && !entitled.includes(room)) socket.leave(room);
        if (room.startsWith(CONVERSATION_ROOM_PREFIX)) {
          const brandId = brandOf.get(room.slice(CONVERSATION_ROOM_PREFIX.length));
          if (!brandId || !can(principal, "conversation.read", brandId)) socket.leave(room);
        }
      }
      socket.join(entitled);
      socket.emit("session:changed", { reason: "access" });
    }
  };

  if (clustered) io.on("access:changed", (userId: string) => void pruneLocal(userId));

  return {
    async accessChanged(userId) {
      if (clustered) io.serverSideEmit("access:changed", userId);
      await pruneLocal(userId);
    },
    async userDisabled(userId) {
      io.to(rooms.user(userId)).emit("session:ended", { reason: "disabled" });
      io.in(rooms.user(userId)).disconnectSockets(true);
    },
    async sessionEnded(sessionId, reason) {
      io.to(rooms.session(sessionId)).emit("session:ended", { reason });
      io.in(rooms.session(sessionId)).disconnectSockets(true);
    },
    async joinEntitledRooms(socket) {
      const principal = await loadPrincipal(db, socket.data.userId);
      socket.join([rooms.user(socket.data.userId), rooms.session(socket.data.sessionId), ...entitledBrandRooms(principal)]);
    },
  };
}
