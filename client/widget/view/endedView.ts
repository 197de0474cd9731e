import { isTransient } from "../../../shared/contract/errorCodes.ts";
import type { ChatState } from "../../../shared/schemas/chat.ts";
import type { Session } from "../session.ts";
import { h, replaceChildren, srOnly } from "./dom.ts";
import { field } from "./fields.ts";

const SCORES = [1, 2, 3, 4, 5] as const;

/** 1–5 as radio buttons drawn as stars, and an optional comment. */
function createRatingForm(session: Session): HTMLFormElement {
  const stars = SCORES.map((score) => {
    const input = h("input", { type: "radio", name: "score", value: score, id: `sb-star${score}` });
    const label = h("label", { for: `sb-star${score}` }, [h("span", { "aria-hidden": "true" }, ["★"]), srOnly(`${score} ${score === 1 ? "star" : "stars"}`)]);
    return { score, input, label };
  });
  const light = (upTo: number) => stars.forEach((s) => s.label.classList.toggle("lit", s.score <= upTo));
  const chosen = () => stars.find((s) => s.input.checked)?.score ?? 0;
  for (const s of stars) {
    s.input.addEventListener("change", () => light(s.score));
    s.label.addEventListener("mouseenter", () => light(s.score));
    s.label.addEventListener("mouseleave", () => light(chosen()));
  }
  const comment = h("textarea", { rows: 2, maxlength: 1000 });
  const error = h("p", { class: "form-error", role: "alert", hidden: true });
  const button = h("button", { class: "primary", type: "submit" }, ["Send rating"]);
  const form = h("form", { class: "card", novalidate: true, "aria-label": "Rate this chat" }, [
    h("fieldset", { class: "rating" }, [h("legend", {}, ["How was your chat?"]), h("div", { class: "stars" }, stars.flatMap((s) => [s.input, s.label]))]),
    field("Anything you'd like to add? (optional)", comment),
    error,
    h("div", { class: "actions" }, [button]),
  ]);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const score = chosen();
    if (score === 0) {
      error.textContent = "Please choose from 1 to 5 stars.";
      error.hidden = false;
      stars[0]?.input.focus();
      return;
    }
    button.disabled = true;
    const rated = await session.rate(score, comment.value.trim());
    button.disabled = false;
    if (rated.ok) return;
    error.textContent = isTransient(rated.error.code) ? "We couldn't send your rating. Please try again." : rated.error.message;
    error.hidden = false;
  });
  return form;
}

/** After the chat: the rating until given, a thank-you after, and the way to start again. */
export function createEndedView(session: Session) {
  const el = h("div", { class: "ended" });
  let shown = "";

  return {
    el,
    update(chat: ChatState) {
      const rated = chat.rating !== null;
      const key = `${chat.conversationId}:${rated}`;
      if (key === shown) return;
      const thanks = shown === `${chat.conversationId}:false` && rated;
      shown = key;
      const again = h("button", { class: "secondary", type: "button" }, ["Start a new chat"]);
      again.addEventListener("click", () => session.newChat());
      // the server's own line in the transcript says who ended the chat
      const note = rated ? h("p", { class: "quiet", tabindex: -1 }, ["Thanks for your feedback!"]) : createRatingForm(session);
      replaceChildren(el, [note, h("div", { class: "actions" }, [again])]);
      // the form the visitor just used is gone: keep their focus in the panel
      if (thanks) note.focus();
    },
  };
}
