/**
 * Server pushes, applied to the features' stores and the query cache. It lives in app/, the composition root,
 * because it knows every feature: realtime/ below it only carries events and knows none.
 * The cache is the console's only copy of server state, so a push
 * either patches an entry in place or marks it stale. Pushes sent while the socket was down are gone: after a
 * reconnect the inbox asks for the conversations changed meanwhile, each open conversation catches up its timeline
 * from the last seq it holds, and every other query is refetched. session:resync asks for the same catch-up on a
 * socket that stayed up while the server processes could not tell each other what happened.
 */
import type { QueryClient } from "@tanstack/solid-query";
import type { PushName, PushPayload } from "../../shared/contract/index.ts";
import { alertAgent } from "../features/attention/attention.ts";
import type { SessionEndReason } from "../features/auth/session.ts";
import { whoamiQuery } from "../features/auth/whoami.ts";
import { conversationFeeds } from "../features/conversations/feeds.ts";
import { inboxSyncFor } from "../features/inbox/store.ts";
import { applyAgentState, applyQueue } from "../features/routing/store.ts";
import { userListQuery } from "../features/users/store.ts";
import { applyUserChange } from "../features/users/userList.ts";
import { UNAUTHENTICATED, type AppSocket } from "../realtime/socket.ts";

export type PushSocket = Pick<AppSocket, "on" | "off">;

/** Kept current by inbox:changes after a reconnect, which is cheaper than refetching every page loaded. */
const CAUGHT_UP_BY_CHANGES = new Set(["inbox:list", "inbox:search"]);

export function subscribeToPushes(
  socket: PushSocket,
  queryClient: QueryClient,
  onSessionEnded: (reason: SessionEndReason) => void,
): () => void {
  const inbox = inboxSyncFor(queryClient);
  let connectedBefore = false;

  const catchUp = (missedSince?: string) => {
    void queryClient.invalidateQueries({ predicate: (query) => !CAUGHT_UP_BY_CHANGES.has(String(query.queryKey[0])) });
    void inbox.catchUp(missedSince);
    conversationFeeds.reconnected();
  };
  const onConnect = () => {
    if (connectedBefore) catchUp();
    connectedBefore = true;
  };
  const onDisconnect = () => inbox.disconnected();
  // a refused handshake after a session existed means the server no longer knows it
  const onConnectError = (error: Error) => {
    if (error.message === UNAUTHENTICATED) onSessionEnd({ reason: "expired" });
  };
  const onSessionChanged = () => void queryClient.invalidateQueries({ queryKey: whoamiQuery().queryKey });
  const onSessionEnd = ({ reason }: { reason: SessionEndReason }) => onSessionEnded(reason);
  const pushes: { [E in PushName]?: (payload: PushPayload<E>) => void } = {
    "session:changed": onSessionChanged,
    "session:ended": onSessionEnd,
    // still connected, yet pushes from other server processes were lost: the same catch-up as after a reconnect
    "session:resync": ({ since }) => catchUp(since),
    "user:changed": (user) => {
      queryClient.setQueryData(userListQuery().queryKey, (users) => users && applyUserChange(users, user));
    },
    "conversation:changed": (conversation) => inbox.applyChange(conversation),
    "conversations:changed": ({ conversations }) => conversations.forEach((conversation) => inbox.applyChange(conversation)),
    "conversation:read": ({ conversationId, lastReadSeq }) => inbox.applyRead(conversationId, lastReadSeq),
    "conversation:presence": (presence) => conversationFeeds.deliverPresence(presence),
    "conversation:visitorTyping": (typing) => conversationFeeds.deliverVisitorTyping(typing),
    "timeline:appended": (item) => conversationFeeds.deliverItem(item),
    "agent:notified": (notified) => alertAgent(notified),
    "agent:stateChanged": (state) => applyAgentState(queryClient, state),
    "queue:changed": (queue) => applyQueue(queryClient, queue),
  };

  // The event maps are typed per event; binding the table generically is the one place they meet a loop.
  const untyped = socket as unknown as { on(event: string, listener: (payload: never) => void): void; off(event: string, listener: (payload: never) => void): void };
  socket.on("connect", onConnect);
  socket.on("disconnect", onDisconnect);
  socket.on("connect_error", onConnectError);
  for (const [event, listener] of Object.entries(pushes)) untyped.on(event, listener as (payload: never) => void);
  return () => {
    socket.off("connect", onConnect);
    socket.off("disconnect", onDisconnect);
    socket.off("connect_error", onConnectError);
    for (const [event, listener] of Object.entries(pushes)) untyped.off(event, listener as (payload: never) => void);
  };
}
