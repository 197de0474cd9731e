/**
 * Who else has this conversation open, and who is typing in it. Presence is not stored on the server: each console
 * says "viewing" when it opens a conversation, again every minute, "typing" while its agent writes and "left" when
 * it closes. A console that hears a newcomer says where it is (viewing, or typing) once more, so the newcomer learns
 * who was already there.
 * Entries expire, so a console that vanished without "left" stops being shown.
 */
import type { Presence } from "../../../shared/schemas/conversation.ts";

export interface Peer {
  userId: string;
  userName: string;
  state: "viewing" | "typing";
  /** when this console last heard from them, by its own clock (ms) */
  heardAt: number;
}

export const VIEWING_HEARTBEAT_MS = 60_000;
/** Two and a half heartbeats: one lost push does not hide a teammate. */
const VIEWING_TTL_MS = 150_000;
export const TYPING_THROTTLE_MS = 3_000;
/** A typist who stopped for twice the throttle is back to viewing. */
const TYPING_TTL_MS = 2 * TYPING_THROTTLE_MS;

export function applyPresence(
  peers: ReadonlyMap<string, Peer>,
  presence: { userId: string; userName: string; state: Presence["state"] },
  selfId: string,
  heardAt: number,
): { peers: Map<string, Peer>; newcomer: boolean } {
  const next = new Map(peers);
  if (presence.userId === selfId) return { peers: next, newcomer: false };
  if (presence.state === "left") {
    next.delete(presence.userId);
    return { peers: next, newcomer: false };
  }
  const newcomer = !peers.has(presence.userId);
  next.set(presence.userId, { userId: presence.userId, userName: presence.userName, state: presence.state, heardAt });
  return { peers: next, newcomer };
}

/** The peers still present at `now`, typists first, each in the state that still holds. */
export function activePeers(peers: ReadonlyMap<string, Peer>, now: number): Peer[] {
  const active: Peer[] = [];
  for (const peer of peers.values()) {
    const age = now - peer.heardAt;
    if (age > VIEWING_TTL_MS) continue;
    active.push(peer.state === "typing" && age > TYPING_TTL_MS ? { ...peer, state: "viewing" } : peer);
  }
  return active.sort((a, b) => (a.state === b.state ? a.userName.localeCompare(b.userName) : a.state === "typing" ? -1 : 1));
}

/** "Tom Becker is typing…", "Tom Becker and Li Wei are viewing", "Tom Becker is typing… · Li Wei is viewing". */
export function describePeers(peers: readonly Peer[]): string {
  const names = (state: Peer["state"]) => peers.filter((peer) => peer.state === state).map((peer) => peer.userName);
  const phrase = (list: string[], verb: string) =>
    list.length === 0 ? null : `${joinNames(list)} ${list.length === 1 ? "is" : "are"} ${verb}`;
  return [phrase(names("typing"), "typing…"), phrase(names("viewing"), "viewing")].filter(Boolean).join(" · ");
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
