/**
 * Server pushes, applied to the query cache: the cache is the console's only copy of server state, so a push
 * either patches an entry in place or marks it stale. Pushes sent while the socket was down are gone, so every
 * query is refetched after a reconnect.
 */
import type { QueryClient } from "@tanstack/solid-query";
import type { SessionEndReason } from "../features/auth/session.ts";
import { whoamiQuery } from "../features/auth/whoami.ts";
import { userListQuery } from "../features/users/store.ts";
import { applyUserChange } from "../features/users/userList.ts";
import { UNAUTHENTICATED, type AppSocket } from "./socket.ts";

export type PushSocket = Pick<AppSocket, "on" | "off">;

export function subscribeToPushes(
  socket: PushSocket,
  queryClient: QueryClient,
  onSessionEnded: (reason: SessionEndReason) => void,
): () => void {
  let connectedBefore = false;

  const onConnect = () => {
    if (connectedBefore) void queryClient.invalidateQueries();
    connectedBefore = true;
  };
  // a refused handshake after a session existed means the server no longer knows it
  const onConnectError = (error: Error) => {
    if (error.message === UNAUTHENTICATED) onSessionEnded("expired");
  };
  const onSessionChanged = () => void queryClient.invalidateQueries({ queryKey: whoamiQuery().queryKey });
  const onSessionEnd = ({ reason }: { reason: SessionEndReason }) => onSessionEnded(reason);
  const onUserChanged: Parameters<typeof socket.on<"user:changed">>[1] = (user) => {
    queryClient.setQueryData(userListQuery().queryKey, (users) => users && applyUserChange(users, user));
  };

  socket.on("connect", onConnect);
  socket.on("connect_error", onConnectError);
  socket.on("session:changed", onSessionChanged);
  socket.on("session:ended", onSessionEnd);
  socket.on("user:changed", onUserChanged);
  return () => {
    socket.off("connect", onConnect);
    socket.off("connect_error", onConnectError);
    socket.off("session:changed", onSessionChanged);
    socket.off("session:ended", onSessionEnd);
    socket.off("user:changed", onUserChanged);
  };
}
