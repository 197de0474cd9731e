/** A conversation's tags are a set: one spelling per tag (trimmed, lower case, single spaces), kept sorted. */
import type { Conversation } from "../../schemas/conversation.ts";
import { unchanged, type Plan } from "./plan.ts";

export function normaliseTags(tags: readonly string[]): string[] {
  const spelled = tags.map((tag) => tag.trim().replace(/\s+/g, " ").toLowerCase()).filter((tag) => tag !== "");
  // code-unit order, not locale order: the same on every machine
  return [...new Set(spelled)].sort();
}

/** The tags timeline item's data (a system item): what was added and what was removed. */
export interface TagsChangeData {
  change: "tags";
  added: string[];
  removed: string[];
}

export type TagsPlan = Plan<{ columns: Pick<Conversation, "tags">; item: TagsChangeData }>;

export function planTags(conversation: Pick<Conversation, "tags">, requested: readonly string[]): TagsPlan {
  const tags = normaliseTags(requested);
  const before = normaliseTags(conversation.tags);
  const added = tags.filter((tag) => !before.includes(tag));
  const removed = before.filter((tag) => !tags.includes(tag));
  if (added.length === 0 && removed.length === 0) return unchanged;
  return { kind: "change", columns: { tags }, item: { change: "tags", added, removed } };
}
