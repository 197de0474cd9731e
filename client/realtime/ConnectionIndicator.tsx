import { connectionState, type ConnectionState } from "./socket.ts";
import "./connection.css";

const label: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
  offline: "Offline",
  unauthenticated: "Signed out",
};

export function ConnectionIndicator() {
  return (
    <div role="status" class="connection" data-state={connectionState()}>
      <span class="connection__dot" aria-hidden="true" />
      <span>{label[connectionState()]}</span>
    </div>
  );
}
