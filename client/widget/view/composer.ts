import { MAX_BODY_CHARS } from "../../../shared/domain/limits.ts";
import { h, icon } from "./dom.ts";

/** The counter appears this close to the limit, in characters. */
const SHOW_COUNT_FROM = MAX_BODY_CHARS - 500;
const MAX_HEIGHT_PX = 120;

/** Why a message cannot go as written, in the visitor's words; null when it can. */
export function bodyProblem(body: string): string | null {
  if (body.length > MAX_BODY_CHARS) {
    return `Your message is ${(body.length - MAX_BODY_CHARS).toLocaleString()} characters too long. Please shorten it or send it in parts.`;
  }
  return null;
}

/** The message box: Enter sends, Shift+Enter starts a new line; it grows with the text up to a few lines. */
export function createComposer(actions: { send(body: string): void; typing(): void }) {
  const textarea = h("textarea", { rows: 1, placeholder: "Write a message…", "aria-label": "Message", "aria-describedby": "sb-limit" });
  const button = h("button", { class: "send", type: "submit", "aria-label": "Send", disabled: true }, [icon("send")]);
  const limit = h("p", { class: "limit", id: "sb-limit", "aria-live": "polite", hidden: true });
  const form = h("form", { class: "composer" }, [textarea, button]);
  const el = h("div", {}, [form, limit]);

  function refresh(): void {
    const body = textarea.value;
    const problem = bodyProblem(body);
    button.disabled = body.trim() === "" || problem !== null;
    limit.hidden = body.length < SHOW_COUNT_FROM;
    limit.classList.toggle("over", problem !== null);
    limit.textContent = problem ?? `${body.length.toLocaleString()} / ${MAX_BODY_CHARS.toLocaleString()}`;
    textarea.style.height = "auto";
    textarea.style.height = `${Math.min(textarea.scrollHeight, MAX_HEIGHT_PX)}px`;
  }

  function submit(): void {
    const body = textarea.value.trim();
    if (body === "" || bodyProblem(body)) return;
    actions.send(body);
    textarea.value = "";
    refresh();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  textarea.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    submit();
  });
  textarea.addEventListener("input", () => {
    refresh();
    if (textarea.value.trim() !== "") actions.typing();
  });

  return { el, focus: () => textarea.focus() };
}
