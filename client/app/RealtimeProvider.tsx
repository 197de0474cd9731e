import { onCleanup, type JSX } from "solid-js";
import { useQueryClient } from "@tanstack/solid-query";
import { endSession, resumeSession } from "../features/auth/session.ts";
import { socket } from "../realtime/socket.ts";
import { subscribeToPushes } from "./pushSubscriptions.ts";

/** Feeds server pushes into the query cache for the life of the app, and reopens a session left from last time. */
export function RealtimeProvider(props: { children: JSX.Element }) {
  const queryClient = useQueryClient();
  onCleanup(subscribeToPushes(socket, queryClient, (reason) => endSession(queryClient, reason)));
  resumeSession();
  return <>{props.children}</>;
}
