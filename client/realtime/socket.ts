/**
 * The console's one socket, and the connection state the agent is shown. The handshake authenticates with the
 * session cookie, so the socket connects only when a session may exist (after sign-in, or on a reload that had
 * one). Reconnecting is socket.io's job; this module turns its events into a ConnectionState.
 */
import { createSignal } from "solid-js";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/contract/index.ts";

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline" | "unauthenticated";

/** The handshake refusal the server gives without a valid session cookie. */
export const UNAUTHENTICATED = "unauthenticated";

/** How long the socket may be down before the agent is told they are offline, in ms. */
const OFFLINE_AFTER_MS = 15_000;
/** Wait before trying again after a handshake refusal other than "unauthenticated", in ms. */
const RETRY_REFUSED_AFTER_MS = 5_000;

export const socket: AppSocket = io({ path: "/socket.io", transports: ["websocket"], autoConnect: false });

type Phase = "connecting" | "connected" | "reconnecting" | "unauthenticated";
const [phase, setPhase] = createSignal<Phase>("unauthenticated");
const [online, setOnline] = createSignal(navigator.onLine);
const [downTooLong, setDownTooLong] = createSignal(false);
let downTimer: ReturnType<typeof setTimeout> | undefined;

export function connectionState(): ConnectionState {
  const current = phase();
  if (current === "unauthenticated") return current;
  // a socket can look connected for up to a ping timeout after the network went away; the browser knows first
  if (!online()) return "offline";
  if (current === "connected") return current;
  return downTooLong() ? "offline" : current;
}

/** Connects unless already connected or trying to. */
export function connectSocket(): void {
  if (socket.connected || socket.active) return;
  setPhase("connecting");
  startDownTimer();
  socket.connect();
}

/** Closes the socket for good, for sign-out or an ended session; only connectSocket() opens it again. */
export function disconnectSocket(): void {
  stopDownTimer();
  setPhase("unauthenticated");
  socket.disconnect();
}

function startDownTimer(): void {
  if (downTimer !== undefined) return;
  downTimer = setTimeout(() => setDownTooLong(true), OFFLINE_AFTER_MS);
}

function stopDownTimer(): void {
  clearTimeout(downTimer);
  downTimer = undefined;
  setDownTooLong(false);
}

socket.on("connect", () => {
  stopDownTimer();
  setPhase("connected");
});

socket.on("disconnect", (reason) => {
  if (reason === "io client disconnect") return;
  setPhase("reconnecting");
  startDownTimer();
  // socket.io does not retry after the server closed the socket; a new handshake tells whether the session lives
  if (reason === "io server disconnect") socket.connect();
});

socket.on("connect_error", (error) => {
  if (error.message === UNAUTHENTICATED) {
    disconnectSocket();
    return;
  }
  // a refusal by the server's middleware is not retried by socket.io; transport failures are
  if (!socket.active) {
    setTimeout(() => {
      if (phase() !== "unauthenticated") socket.connect();
    }, RETRY_REFUSED_AFTER_MS);
  }
});

window.addEventListener("online", () => setOnline(true));
window.addEventListener("offline", () => setOnline(false));
