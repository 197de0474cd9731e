import type { WidgetState } from "../session.ts";

/**
 * What the panel shows, from the session's state alone:
 * - loading: no hello yet (the launcher stays hidden until then)
 * - unavailable: the server refused the widget; nothing to offer
 * - preChat: the brand's form of name (and email) with the first message
 * - chat: the transcript and composer; also before the first message when the brand asks nothing
 * - offline: closed or no agent online: a message by email instead
 * - ended: the transcript, the rating and "Start a new chat"
 * A chat in progress wins over the brand's hours: a visitor mid-chat at closing time keeps their chat.
 */
export type Screen = "loading" | "unavailable" | "preChat" | "chat" | "offline" | "ended";

export function screenOf(state: Pick<WidgetState, "connection" | "config" | "chat" | "outbox">): Screen {
  const { config, chat } = state;
  if (!config) return state.connection === "refused" ? "unavailable" : "loading";
  if (chat?.phase === "ended") return "ended";
  if (chat || state.outbox.some((e) => e.start)) return "chat";
  if (state.connection === "refused") return "unavailable";
  if (!config.availability.online) return "offline";
  return config.preChatForm === "none" ? "chat" : "preChat";
}

export function offlineReason(config: NonNullable<WidgetState["config"]>): string {
  return config.availability.reason === "closed" ? "We're closed right now." : "No one is available right now.";
}
