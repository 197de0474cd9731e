/** The budgets of the brief (../shared/BRIEF.md, "Budgets"), one per figure that `npm run bench` reports, in its order. */
interface BudgetOf {
  name: string;
  unit: string;
  what: string;
  /** no benchmark measures the figure yet: the feature it measures does not exist */
  pending?: true;
}

/** "max": the figure must stay at or under the budget; "min": at or over it; "none": printed with no verdict. */
export type Budget = BudgetOf & ({ kind: "max" | "min"; budget: number } | { kind: "none"; budget: null });

export const BUDGETS: Budget[] = [
  { name: "chat.relay_p99_ratio", unit: "ratio", kind: "none", budget: null, what: "chat relay p99 / bare Socket.io relay p99, same load, same run" },
  { name: "chat.relay_p99_ms", unit: "ms", kind: "max", budget: 50, what: "chat relay p99, visitor → agent, persisted, 500 msg/s" },
  { name: "chat.server_rss_mb", unit: "MB", kind: "max", budget: 512, what: "server RSS after the chat run, embedded database" },
  { name: "chat.durable_msgs_per_s", unit: "msg/s", kind: "min", budget: 2400, what: "chat messages persisted and acknowledged per second, PostgreSQL server" },
  { name: "chat.durable_embedded_msgs_per_s", unit: "msg/s", kind: "min", budget: 1500, what: "the same on the embedded database" },
  { name: "console.initial_kb_gz", unit: "KB", kind: "max", budget: 150, what: "console first load, JS + CSS, gzip" },
  { name: "widget.kb_gz", unit: "KB", kind: "max", budget: 35, what: "visitor widget, gzip" },
  { name: "inbox.first_render_ms", unit: "ms", kind: "max", budget: 1000, what: "10,000-conversation view to rows on screen" },
  { name: "inbox.filter_ms", unit: "ms", kind: "max", budget: 50, what: "filter change until the list is updated" },
  { name: "inbox.query_p95_ms", unit: "ms", kind: "max", budget: 10, what: "server inbox query at 100k conversations" },
  { name: "inbox.search_p95_ms", unit: "ms", kind: "max", budget: 100, what: "full-text search at 100k conversations / 1M items" },
  { name: "kb.first_sync_ms", unit: "ms", kind: "max", budget: 5000, what: "first sync of 5,000 articles into IndexedDB", pending: true },
  { name: "kb.search_p95_ms", unit: "ms", kind: "max", budget: 10, what: "offline search over 5,000 articles", pending: true },
  { name: "offline.drain_ms", unit: "ms", kind: "max", budget: 2000, what: "100 queued replies and notes, reconnect until all acknowledged", pending: true },
  { name: "scripts.map_render_ms", unit: "ms", kind: "max", budget: 500, what: "a 150-step flow laid out and drawn on the map", pending: true },
  { name: "email.ingest_p95_ms", unit: "ms", kind: "max", budget: 1000, what: "50 KB HTML email, end of DATA to row on a console, 20 msg/s", pending: true },
];

/** One entry of bench/results.json; budget and met are null for a figure printed with no budget. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget: number | null;
  met: boolean | null;
}

export function judge(name: string, value: number): Figure {
  const budget = BUDGETS.find((b) => b.name === name);
  if (!budget) throw new Error(`no budget named ${name}`);
  const figure = { name, value: Math.round(value * 100) / 100, unit: budget.unit };
  if (budget.kind === "none") return { ...figure, budget: null, met: null };
  const met = budget.kind === "max" ? value <= budget.budget : value >= budget.budget;
  return { ...figure, budget: budget.budget, met };
}

/** The printed table's row of one budget: figure, value, budget, verdict. */
export function budgetRow(budget: Budget, figure: Figure | undefined): [string, string, string, string] {
  const value = figure ? `${figure.value} ${budget.unit}` : budget.pending ? "not measured yet" : "not measured";
  const limit = budget.kind === "none" ? "printed, no budget" : `${budget.kind === "max" ? "≤" : "≥"} ${budget.budget.toLocaleString("en-US")} ${budget.unit}`;
  const verdict = figure === undefined || figure.met === null ? "" : figure.met ? "met" : "MISSED";
  return [budget.name, value, limit, verdict];
}
