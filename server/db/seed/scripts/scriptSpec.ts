/** The graph a script version stores: steps keyed by id, joined by next and choices, ending in resolve or escalate. */
export type ScriptStep =
  | { type: "say"; text: string; next: string }
  | { type: "ask"; text: string; choices: { label: string; next: string }[] }
  | { type: "resolve"; text: string; disposition: string }
  | { type: "escalate"; text: string };

export interface ScriptGraph {
  start: string;
  steps: Record<string, ScriptStep>;
}

export interface ScriptSpec {
  slug: string;
  name: string;
  kind: "call" | "troubleshooting";
  published: ScriptGraph;
  /** a change a trainer is preparing, stored as version 2 */
  draft?: ScriptGraph;
}
