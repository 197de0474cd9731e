/** The budgets of the brief (../shared/BRIEF.md), one per figure that `npm run bench` reports. */
export interface Budget {
  name: string;
  unit: string;
  /** "max": the figure must stay at or under the budget; "min": at or over it */
  kind: "max" | "min";
  budget: number;
  what: string;
}

export const BUDGETS: Budget[] = [
  { name: "chat.relay_p99_ratio", unit: "ratio", kind: "max", budget: 2, what: "chat relay p99 / bare Socket.io relay p99" },
  { name: "chat.relay_p99_ms", unit: "ms", kind: "max", budget: 50, what: "chat relay p99, visitor → agent, persisted" },
  { name: "chat.server_rss_mb", unit: "MB", kind: "max", budget: 512, what: "server RSS after the chat run" },
  { name: "chat.durable_msgs_per_s", unit: "msg/s", kind: "min", budget: 5000, what: "chat messages persisted and acknowledged per second" },
  { name: "console.initial_kb_gz", unit: "KB", kind: "max", budget: 150, what: "console first load, JS + CSS, gzip" },
  { name: "widget.kb_gz", unit: "KB", kind: "max", budget: 35, what: "visitor widget, gzip" },
  { name: "inbox.first_render_ms", unit: "ms", kind: "max", budget: 1000, what: "10,000-conversation view to rows on screen" },
  { name: "inbox.filter_ms", unit: "ms", kind: "max", budget: 50, what: "filter change until the list is updated" },
  { name: "inbox.query_p95_ms", unit: "ms", kind: "max", budget: 10, what: "server inbox query at 100k conversations" },
  { name: "inbox.search_p95_ms", unit: "ms", kind: "max", budget: 100, what: "full-text search at 100k conversations / 1M items" },
  { name: "kb.first_sync_ms", unit: "ms", kind: "max", budget: 5000, what: "first sync of 5,000 articles into IndexedDB" },
  { name: "kb.search_p95_ms", unit: "ms", kind: "max", budget: 10, what: "offline search over 5,000 articles" },
];

export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget: number;
  met: boolean;
}

export function judge(name: string, value: number): Figure {
  const budget = BUDGETS.find((b) => b.name === name);
  if (!budget) throw new Error(`no budget named ${name}`);
  const met = budget.kind === "max" ? value <= budget.budget : value >= budget.budget;
  return { name, value: Math.round(value * 100) / 100, unit: budget.unit, budget: budget.budget, met };
}
