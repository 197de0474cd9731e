import { h } from "./dom.ts";

let nextId = 0;

/** A labelled input or textarea; ids only need to be unique inside the widget's shadow root. */
export function field(label: string, control: HTMLInputElement | HTMLTextAreaElement): HTMLDivElement {
  const id = `sb-f${++nextId}`;
  control.id = id;
  return h("div", { class: "field" }, [h("label", { for: id }, [label]), control]);
}

// deliberately loose: the server checks the address properly; this only catches obvious slips before sending
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(value: string): boolean {
  return EMAIL_SHAPE.test(value);
}

/** Marks the fields that failed, says why in the form's alert line, and moves focus to the first one. */
export function showProblems(errorLine: HTMLElement, problems: [HTMLInputElement | HTMLTextAreaElement, string][]): boolean {
  for (const control of errorLine.closest("form")?.querySelectorAll("input,textarea") ?? []) control.removeAttribute("aria-invalid");
  for (const [control] of problems) control.setAttribute("aria-invalid", "true");
  errorLine.textContent = problems.map(([, why]) => why).join(" ");
  errorLine.hidden = problems.length === 0;
  problems[0]?.[0].focus();
  return problems.length > 0;
}
