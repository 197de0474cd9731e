import { useQuery } from "@tanstack/solid-query";
import { socketQuery } from "../../realtime/queries.ts";
import { connectionState } from "../../realtime/socket.ts";

/** The signed-in user and their brands; session:changed marks it stale (app/pushSubscriptions.ts). */
export const whoamiQuery = () => socketQuery("session:whoami", {});

export function useWhoami() {
  return useQuery(() => ({ ...whoamiQuery(), enabled: connectionState() === "connected" }));
}
