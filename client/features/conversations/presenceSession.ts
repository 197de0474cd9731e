/** This console's side of presence for one open conversation (the rules are in presence.ts). */
import { createSignal } from "solid-js";
import type { Composing, Presence } from "../../../shared/schemas/conversation.ts";
import type { RequestFn } from "../../realtime/request.ts";
import { activePeers, applyPresence, TYPING_THROTTLE_MS, VIEWING_HEARTBEAT_MS, type Peer } from "./presence.ts";

/** Not a user id (those are UUIDs): the visitor's place among the peers. */
const VISITOR_PEER_ID = "visitor";
/** How often the shown peers are re-checked for expiry, in ms. */
const EXPIRY_TICK_MS = 5_000;

export function createPresenceSession(conversationId: string, deps: { request: RequestFn; selfId: string; now?: () => number }) {
  const now = deps.now ?? Date.now;
  const [peers, setPeers] = createSignal<ReadonlyMap<string, Peer>>(new Map());
  const [tick, setTick] = createSignal(now());
  let lastTypingAt = -Infinity;
  let composing: Composing = "message";
  let timers: ReturnType<typeof setInterval>[] = [];
  let stopped = false;

  function announce(state: Presence["state"]): void {
    // presence is best effort: a lost one is repaired by the next heartbeat
    void deps.request("conversation:presence", { conversationId, state, composing });
  }

  /** Typing while the throttle says so, else viewing: what a heartbeat, a newcomer or a reconnect is told. */
  function announceCurrent(): void {
    announce(now() - lastTypingAt < TYPING_THROTTLE_MS ? "typing" : "viewing");
  }

  function start(): void {
    if (stopped) return;
    announce("viewing");
    timers = [setInterval(announceCurrent, VIEWING_HEARTBEAT_MS), setInterval(() => setTick(now()), EXPIRY_TICK_MS)];
  }

  /** A keystroke in the composer; a switch between message and note is said at once. */
  function typing(mode: Composing): void {
    if (stopped || (mode === composing && now() - lastTypingAt < TYPING_THROTTLE_MS)) return;
    composing = mode;
    lastTypingAt = now();
    announce("typing");
  }

  function receive(presence: Presence): void {
    const result = applyPresence(peers(), presence, deps.selfId, now());
    setPeers(result.peers);
    setTick(now());
    // the newcomer cannot know this console was already here, nor (a chat's visitor) that its agent is typing
    if (result.newcomer) announceCurrent();
  }

  /** A chat's visitor typing or stopped: shown like a teammate who types, and nothing is said back. */
  function visitorTyping(contactName: string, typing: boolean): void {
    const presence = { userId: VISITOR_PEER_ID, userName: contactName, state: typing ? "typing" : "left" } as const;
    setPeers(applyPresence(peers(), presence, deps.selfId, now()).peers);
    setTick(now());
  }

  function stop(): void {
    stopped = true;
    for (const timer of timers) clearInterval(timer);
    timers = [];
    announce("left");
  }

  return { start, typing, receive, visitorTyping, reconnected: announceCurrent, stop, active: () => activePeers(peers(), tick()) };
}
