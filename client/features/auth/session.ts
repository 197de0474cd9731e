/**
 * The agent's session as the console knows it. The cookie is HttpOnly, so the console cannot read it: it keeps a
 * hint that a session may exist (to decide whether to open the socket on load) and the reason the last one ended,
 * which the sign-in page explains. Whether a session is valid is only ever decided by the server's handshake.
 */
import { createSignal } from "solid-js";
import type { QueryClient } from "@tanstack/solid-query";
import type { PushPayload } from "../../../shared/contract/index.ts";
import type { Result } from "../../../shared/result.ts";
import type { Credentials } from "../../../shared/schemas/user.ts";
import { connectSocket, disconnectSocket } from "../../realtime/socket.ts";
import { inboxSyncFor } from "../inbox/store.ts";
import { deleteSession, postSession } from "./api.ts";

export type SessionEndReason = PushPayload<"session:ended">["reason"];

const HINT_KEY = "switchboard.session";

const [endReason, setEndReason] = createSignal<SessionEndReason | null>(null);

/** Why the last session ended, until the next sign-in. */
export { endReason };

/** What the sign-in page says about the last session: a calm note after signing out, a warning otherwise. */
export function endNotice(reason: SessionEndReason | null): { text: string; warning: boolean } | null {
  switch (reason) {
    case null:
      return null;
    case "signed_out":
      return { text: "You have signed out.", warning: false };
    case "expired":
      return { text: "Your session has expired. Sign in again to continue.", warning: true };
    case "disabled":
      return { text: "Your account has been disabled. Ask an admin if you think this is a mistake.", warning: true };
  }
}

/** On load: reopen the socket if the last visit left a session behind. */
export function resumeSession(): void {
  if (localStorage.getItem(HINT_KEY) !== null) connectSocket();
}

export async function signIn(credentials: Credentials): Promise<Result<{ userId: string }>> {
  const result = await postSession(credentials);
  if (result.ok) {
    localStorage.setItem(HINT_KEY, "1");
    setEndReason(null);
    connectSocket();
  }
  return result;
}

export async function signOut(queryClient: QueryClient): Promise<Result<object>> {
  const result = await deleteSession();
  // the server also pushes session:ended; ending here too covers a socket that is down at that moment
  if (result.ok) endSession(queryClient, "signed_out");
  return result;
}

/** Forget everything the session could see: the next agent at this browser must not find it. */
export function endSession(queryClient: QueryClient, reason: SessionEndReason): void {
  localStorage.removeItem(HINT_KEY);
  setEndReason(reason);
  disconnectSocket();
  inboxSyncFor(queryClient).forget();
  queryClient.clear();
}
