/**
 * The transcript as a log region. Rows are keyed (see TranscriptLine.key) and only rebuilt when their content
 * changes, so a screen reader hears each new message once, and a "sending…" bubble becomes "sent" in place.
 */
import type { Delivery, TranscriptLine } from "../transcript.ts";
import { h, srOnly } from "./dom.ts";

const DELIVERY_TEXT: Record<Delivery, [string, string]> = {
  sending: ["", "Sending…"],
  failed: ["", "Not sent"],
  sent: ["✓", "Sent"],
  delivered: ["✓✓", "Delivered"],
  read: ["✓✓", "Read"],
};

export interface TranscriptActions {
  retry(clientId: string): void;
  remove(clientId: string): void;
}

function clock(at: string): string {
  return new Date(at).toLocaleTimeString([], { hour: "numeric", minute: "2-digit" });
}

function metaOf(line: TranscriptLine): HTMLElement | null {
  const time = line.at ? clock(line.at) : "";
  if (line.from !== "visitor" || !line.delivery) return time ? h("div", { class: "meta" }, [time]) : null;
  const [glyph, words] = DELIVERY_TEXT[line.delivery];
  return h("div", { class: "meta" }, [time && `${time} · `, glyph && h("span", { "aria-hidden": "true" }, [`${glyph} `]), words]);
}

function rowOf(line: TranscriptLine, lastAgentName: string | null, actions: TranscriptActions): HTMLElement {
  const mine = line.from === "visitor";
  const classes = ["row", mine ? "mine" : line.from, line.delivery === "sending" ? "pending" : "", line.delivery === "failed" ? "failed" : ""];
  const speaker = mine ? "You: " : line.from === "agent" && !line.author && lastAgentName ? `${lastAgentName}: ` : "";
  const row = h("div", { class: classes.filter(Boolean).join(" ") }, [
    line.author && h("div", { class: "author" }, [line.author]),
    h("div", { class: "bubble" }, [speaker && srOnly(speaker), line.body]),
    line.from !== "system" && metaOf(line),
  ]);
  if (line.error) {
    const retry = line.retryable && h("button", { type: "button" }, ["Try again"]);
    const remove = h("button", { type: "button" }, ["Remove"]);
    if (retry) retry.addEventListener("click", () => actions.retry(line.clientId));
    remove.addEventListener("click", () => actions.remove(line.clientId));
    row.appendChild(h("div", { class: "error", role: "alert" }, [line.error, h("div", { class: "fix" }, [retry, remove])]));
  }
  return row;
}

export function createTranscriptView(actions: TranscriptActions) {
  const greetingText = h("div", { class: "bubble" });
  const greeting = h("div", { class: "row greeting" }, [greetingText]);
  const el = h("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": "Conversation" }, [greeting]);
  const rows = new Map<string, { node: HTMLElement; signature: string }>();

  return {
    el,
    update(greetingBody: string, lines: readonly TranscriptLine[]) {
      greeting.hidden = greetingBody === "";
      if (greetingText.textContent !== greetingBody) greetingText.textContent = greetingBody;
      const keep = new Set<string>();
      let previous: Node = greeting;
      let lastAgentName: string | null = null;
      for (const line of lines) {
        keep.add(line.key);
        const signature = JSON.stringify([line, lastAgentName]);
        let row = rows.get(line.key);
        if (!row || row.signature !== signature) {
          const node = rowOf(line, lastAgentName, actions);
          if (row) row.node.replaceWith(node);
          row = { node, signature };
          rows.set(line.key, row);
        }
        if (previous.nextSibling !== row.node) el.insertBefore(row.node, previous.nextSibling);
        previous = row.node;
        if (line.from === "agent") lastAgentName = line.author ?? lastAgentName;
      }
      for (const [key, row] of rows) {
        if (keep.has(key)) continue;
        row.node.remove();
        rows.delete(key);
      }
    },
  };
}
