import type { WidgetConfig } from "../../../shared/schemas/chat.ts";
import type { VisitorDetails, WidgetState } from "../session.ts";
import { bodyProblem } from "./composer.ts";
import { h } from "./dom.ts";
import { field, looksLikeEmail, showProblems } from "./fields.ts";

/**
 * What the brand asks before a chat (a name, or a name and an email, both required when asked) together with
 * the first message. A refused start comes back here with the server's reason and what the visitor wrote.
 */
export function createPreChatForm(
  config: WidgetConfig,
  refusal: WidgetState["startRefusal"],
  start: (body: string, details: VisitorDetails) => void,
): HTMLFormElement {
  const asksName = config.preChatForm !== "none";
  const asksEmail = config.preChatForm === "nameEmail";
  const name = h("input", { type: "text", autocomplete: "name", maxlength: 120, required: true, value: refusal?.name ?? "" });
  const email = h("input", { type: "email", autocomplete: "email", maxlength: 254, required: true, value: refusal?.email ?? "" });
  const body = h("textarea", { rows: 3, required: true });
  body.value = refusal?.body ?? "";
  const error = h("p", { class: "form-error", role: "alert", hidden: !refusal }, [refusal?.message ?? ""]);
  const form = h("form", { class: "card", novalidate: true, "aria-label": "Start a chat" }, [
    h("h3", {}, ["Start a chat"]),
    asksName && field("Your name", name),
    asksEmail && field("Email", email),
    field("How can we help?", body),
    error,
    h("div", { class: "actions" }, [h("button", { class: "primary", type: "submit" }, ["Start chat"])]),
  ]);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = { name: name.value.trim(), email: email.value.trim(), body: body.value.trim() };
    const problems: [HTMLInputElement | HTMLTextAreaElement, string][] = [];
    if (asksName && !values.name) problems.push([name, "Please tell us your name."]);
    if (asksEmail && !looksLikeEmail(values.email)) problems.push([email, "Please enter a valid email address."]);
    if (!values.body) problems.push([body, "Please write your question."]);
    const tooLong = bodyProblem(values.body);
    if (tooLong) problems.push([body, tooLong]);
    if (showProblems(error, problems)) return;
    start(values.body, { ...(asksName ? { name: values.name } : {}), ...(asksEmail ? { email: values.email } : {}) });
  });
  return form;
}
