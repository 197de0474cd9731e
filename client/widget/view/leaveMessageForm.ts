import { v7 as uuidv7 } from "uuid";
import { isTransient } from "../../../shared/contract/errorCodes.ts";
import type { WidgetConfig } from "../../../shared/schemas/chat.ts";
import type { Session } from "../session.ts";
import { bodyProblem } from "./composer.ts";
import { h, replaceChildren } from "./dom.ts";
import { field, looksLikeEmail, showProblems } from "./fields.ts";
import { offlineReason } from "./screen.ts";

const NOT_SENT = "We couldn't send your message. Please check your connection and try again.";

/** Outside hours or with nobody online: a message with an email address, answered later by email. */
export function createLeaveMessageForm(config: WidgetConfig, session: Session): HTMLElement {
  const name = h("input", { type: "text", autocomplete: "name", maxlength: 120 });
  const email = h("input", { type: "email", autocomplete: "email", maxlength: 254, required: true });
  const body = h("textarea", { rows: 4, required: true });
  const error = h("p", { class: "form-error", role: "alert", hidden: true });
  const button = h("button", { class: "primary", type: "submit" }, ["Send message"]);
  const form = h("form", { class: "card", novalidate: true, "aria-label": "Leave a message" }, [
    h("h3", {}, [offlineReason(config)]),
    h("p", {}, ["Leave a message and we'll reply by email."]),
    field("Your name (optional)", name),
    field("Email", email),
    field("Message", body),
    error,
    h("div", { class: "actions" }, [button]),
  ]);
  // kept while an attempt may have reached the server unanswered, so sending again cannot make a second message
  let clientId = uuidv7();

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = { name: name.value.trim(), email: email.value.trim(), body: body.value.trim() };
    const problems: [HTMLInputElement | HTMLTextAreaElement, string][] = [];
    if (!looksLikeEmail(values.email)) problems.push([email, "Please enter a valid email address."]);
    if (!values.body) problems.push([body, "Please write your message."]);
    const tooLong = bodyProblem(values.body);
    if (tooLong) problems.push([body, tooLong]);
    if (showProblems(error, problems)) return;
    button.disabled = true;
    const sent = await session.leaveMessage(clientId, { ...(values.name ? { name: values.name } : {}), email: values.email, body: values.body });
    button.disabled = false;
    if (sent.ok) {
      const thanks = h("p", { tabindex: -1 }, ["Thanks, we'll reply by email."]);
      replaceChildren(form, [h("h3", {}, ["Message sent"]), thanks]);
      thanks.focus();
      return;
    }
    const transient = isTransient(sent.error.code);
    if (!transient) clientId = uuidv7();
    error.textContent = transient ? NOT_SENT : sent.error.message;
    error.hidden = false;
  });
  return form;
}
