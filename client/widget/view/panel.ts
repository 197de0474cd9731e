/**
 * The chat panel: header, the scrolling body (greeting, transcript, typing line and the screen's form), a status
 * line for the queue and the connection, and the composer. Which form shows comes from screenOf(); a form is
 * rebuilt only when its screen changes, so what the visitor is typing into it survives every other update.
 */
import type { WidgetConfig } from "../../../shared/schemas/chat.ts";
import type { Session, WidgetState } from "../session.ts";
import { transcriptLines } from "../transcript.ts";
import { createComposer } from "./composer.ts";
import { h, replaceChildren } from "./dom.ts";
import { createEndedView } from "./endedView.ts";
import { createHeader } from "./header.ts";
import { createLeaveMessageForm } from "./leaveMessageForm.ts";
import { createPreChatForm } from "./preChatForm.ts";
import { screenOf, type Screen } from "./screen.ts";
import { createTranscriptView } from "./transcriptView.ts";

/** Within this many px of the bottom, new lines keep the transcript scrolled down. */
const STICK_TO_BOTTOM_PX = 48;

function statusLine(state: WidgetState, screen: Screen): string | null {
  if (screen === "unavailable") return "Chat is unavailable right now. Please try again later.";
  if (state.connection === "reconnecting" && screen !== "loading") return "Connection lost. Reconnecting…";
  const chat = state.chat;
  if (chat?.phase === "queued") return chat.queuePosition ? `You are number ${chat.queuePosition} in line` : "Waiting for an agent…";
  return null;
}

function whoLine(state: WidgetState): string | null {
  const chat = state.chat;
  if (!chat) return null;
  if (chat.phase === "ended") return "Chat ended";
  if (chat.phase === "queued") return "Waiting for an agent";
  return chat.agentName;
}

export function createPanel(session: Session, close: () => void) {
  const header = createHeader({ close, endChat: () => setConfirming(true) });
  const transcript = createTranscriptView({ retry: session.retry, remove: session.remove });
  const typing = h("p", { class: "typing", hidden: true });
  const slot = h("div", { class: "slot" });
  const body = h("div", { class: "body" }, [transcript.el, typing, slot]);
  const status = h("div", { class: "status", role: "status", hidden: true });
  const composer = createComposer({ send: (text) => session.send(text), typing: session.typing });
  const confirmText = h("p", {}, ["End this chat?"]);
  const confirmNo = h("button", { class: "secondary", type: "button" }, ["Cancel"]);
  const confirmYes = h("button", { class: "primary", type: "button" }, ["End chat"]);
  const confirm = h("div", { class: "confirm", role: "group", "aria-label": "End the chat", hidden: true }, [confirmText, confirmNo, confirmYes]);
  const el = h("section", { class: "panel", role: "dialog", hidden: true }, [header.el, body, status, composer.el, confirm]);
  const ended = createEndedView(session);

  let slotKey = "";
  let confirming = false;
  let last: WidgetState | null = null;

  function setConfirming(value: boolean): void {
    confirming = value;
    confirmText.textContent = "End this chat?";
    if (last) update(last, true);
    if (value) confirmNo.focus();
  }
  confirmNo.addEventListener("click", () => {
    setConfirming(false);
    composer.focus();
  });
  confirmYes.addEventListener("click", async () => {
    confirmYes.disabled = true;
    const result = await session.endChat();
    confirmYes.disabled = false;
    if (result.ok) setConfirming(false);
    else confirmText.textContent = "We couldn't end the chat. Please try again.";
  });

  function slotKeyOf(screen: Screen, state: WidgetState): string {
    return screen === "preChat" ? `preChat:${state.startRefusal?.message ?? ""}` : screen;
  }

  function slotContent(screen: Screen, state: WidgetState, config: WidgetConfig): HTMLElement | null {
    if (screen === "preChat") return createPreChatForm(config, state.startRefusal, (text, details) => session.send(text, details));
    if (screen === "offline") return createLeaveMessageForm(config, session);
    if (screen === "ended") return ended.el;
    return null;
  }

  /** Focus goes to what the visitor will use next: the form's first empty field (or the stars), or the composer. */
  function focusFirst(): void {
    const target = [...slot.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input,textarea")].find((c) => c.type === "radio" || c.value === "");
    if (target) target.focus();
    else if (!composer.el.hidden) composer.focus();
    else slot.querySelector<HTMLElement>("button, [tabindex]")?.focus();
  }

  function update(state: WidgetState, open: boolean): void {
    last = state;
    const config = state.config;
    el.hidden = !open || config === null;
    if (config === null) return;
    const screen = screenOf(state);
    if (screen !== "chat" || !state.chat) confirming = false;
    const nearBottom = body.scrollHeight - body.scrollTop - body.clientHeight < STICK_TO_BOTTOM_PX;
    // read before the slot is replaced, which may take the focused element with it
    const focusInside = el.contains((el.getRootNode() as Document | ShadowRoot).activeElement);

    el.setAttribute("aria-label", `Chat with ${config.brand.name}`);
    header.update(config, whoLine(state), screen === "chat" && state.chat !== null && !confirming);
    // offline, a greeting that invites a chat would contradict the form that says nobody is there
    transcript.update(screen === "offline" ? "" : config.brand.greeting, transcriptLines(state.messages, state.outbox, state.chat));
    typing.hidden = state.agentTyping === null;
    typing.textContent = state.agentTyping ? `${state.agentTyping} is typing…` : "";
    const line = statusLine(state, screen);
    status.hidden = line === null;
    if (status.textContent !== (line ?? "")) status.textContent = line ?? "";
    composer.el.hidden = screen !== "chat" || confirming;
    confirm.hidden = !confirming;
    if (screen === "ended" && state.chat) ended.update(state.chat);

    const key = slotKeyOf(screen, state);
    const screenChanged = key.split(":")[0] !== slotKey.split(":")[0];
    if (key !== slotKey) replaceChildren(slot, [slotContent(screen, state, config)]);
    slotKey = key;
    // a form reads from its top; a conversation from its newest line
    const startsAtTop = screen === "preChat" || screen === "offline";
    if (screenChanged && startsAtTop) body.scrollTop = 0;
    else if (nearBottom || screenChanged) body.scrollTop = body.scrollHeight;
    // only a visitor already in the panel is moved along; a reload must not pull focus from the host page
    if (screenChanged && open && focusInside) focusFirst();
  }

  return {
    el,
    update,
    /** Esc closes the innermost thing first: the menu, then the confirmation; false when nothing was open. */
    dismiss(): boolean {
      if (header.closeMenu()) return true;
      if (!confirming) return false;
      setConfirming(false);
      composer.focus();
      return true;
    },
    opened(): void {
      if (last && !["preChat", "offline"].includes(screenOf(last))) body.scrollTop = body.scrollHeight;
      focusFirst();
    },
  };
}
