/**
 * Getting the agent's attention: the tab title counts the unread conversations assigned to them, and a push that
 * something needs them (assigned, mentioned, a customer replied) plays a short sound and shows a desktop
 * notification. Each can be switched off; the choice is kept in this browser.
 */
import { createSignal } from "solid-js";
import type { PushPayload } from "../../../shared/contract/index.ts";
import type { InboxRow } from "../../../shared/schemas/conversation.ts";

export interface AttentionSettings {
  sound: boolean;
  desktop: boolean;
}

const STORAGE_KEY = "switchboard.attention";
const DEFAULTS: AttentionSettings = { sound: true, desktop: true };

export function parseAttentionSettings(raw: string | null): AttentionSettings {
  if (raw === null) return DEFAULTS;
  try {
    const value = JSON.parse(raw) as Partial<AttentionSettings>;
    return { sound: value.sound !== false, desktop: value.desktop !== false };
  } catch {
    // a hand-edited or foreign value: fall back to the defaults rather than lose alerts
    return DEFAULTS;
  }
}

const [settings, setSettingsSignal] = createSignal(parseAttentionSettings(globalThis.localStorage?.getItem(STORAGE_KEY) ?? null));

export { settings as attentionSettings };

export function setAttentionSettings(next: AttentionSettings): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  setSettingsSignal(next);
}

export function unreadCount(rows: readonly Pick<InboxRow, "lastSeq" | "lastReadSeq">[]): number {
  return rows.filter((row) => row.lastSeq > row.lastReadSeq).length;
}

export function titleWithCount(count: number, base: string): string {
  return count > 0 ? `(${count}) ${base}` : base;
}

export type Notified = PushPayload<"agent:notified">;


let openConversation: (conversationId: string) => void = () => undefined;

/** What clicking a desktop notification does; the console shell sets it, since only it can navigate. */
export function onNotificationClick(open: (conversationId: string) => void): void {
  openConversation = open;
}

/** Sound and desktop notification for one push, as the agent's settings allow. */
export function alertAgent(notified: Notified): void {
  const current = settings();
  if (current.sound) playChime();
  if (current.desktop && typeof Notification !== "undefined" && Notification.permission === "granted") {
    // the server words the title ("Tom Becker assigned you the conversation with Maeve Byrne")
    const notification = new Notification(notified.title, { body: notified.preview, tag: `${notified.kind}:${notified.conversationId}` });
    notification.onclick = () => {
      window.focus();
      openConversation(notified.conversationId);
      notification.close();
    };
  }
}

let audio: AudioContext | null = null;

/** Two soft notes made with Web Audio: no sound file to download. */
function playChime(): void {
  if (typeof AudioContext === "undefined") return;
  audio ??= new AudioContext();
  const start = audio.currentTime;
  for (const [offset, frequency] of [
    [0, 880],
    [0.12, 1320],
  ] as const) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.15, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.3);
  }
}
