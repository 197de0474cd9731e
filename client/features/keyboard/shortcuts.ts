/**
 * The console's keyboard shortcuts: one table (what the ? dialog lists) and the rule that turns a key press into a
 * command. Single keys are ignored while the agent types in a field, so typing "j" in a reply writes a j; Escape
 * still works there (it leaves the field), and Ctrl/Cmd+Enter is the composer's own.
 */

export type Command =
  | "list.next"
  | "list.previous"
  | "list.open"
  | "list.back"
  | "field.leave"
  | "compose.reply"
  | "compose.note"
  | "compose.canned"
  | "conversation.resolve"
  | "conversation.assign"
  | "conversation.snooze"
  | "conversation.transfer"
  | "search.focus"
  | "go.inbox"
  | "help";

export interface Shortcut {
  keys: string[];
  command: Command;
  description: string;
  group: "Inbox" | "Conversation" | "Anywhere";
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ["j"], command: "list.next", description: "Next conversation", group: "Inbox" },
  { keys: ["k"], command: "list.previous", description: "Previous conversation", group: "Inbox" },
  { keys: ["Enter", "o"], command: "list.open", description: "Open the selected conversation", group: "Inbox" },
  { keys: ["/"], command: "search.focus", description: "Search conversations", group: "Inbox" },
  { keys: ["Esc"], command: "list.back", description: "Back to the list (leaves a field first)", group: "Conversation" },
  { keys: ["r"], command: "compose.reply", description: "Write a reply", group: "Conversation" },
  { keys: ["n"], command: "compose.note", description: "Write an internal note", group: "Conversation" },
  { keys: ["#"], command: "compose.canned", description: "Insert a canned reply", group: "Conversation" },
  { keys: ["e"], command: "conversation.resolve", description: "Resolve", group: "Conversation" },
  { keys: ["a"], command: "conversation.assign", description: "Assign", group: "Conversation" },
  { keys: ["s"], command: "conversation.snooze", description: "Snooze", group: "Conversation" },
  { keys: ["t"], command: "conversation.transfer", description: "Transfer to a teammate or the queue", group: "Conversation" },
  { keys: ["g", "i"], command: "go.inbox", description: "Go to the inbox", group: "Anywhere" },
  { keys: ["?"], command: "help", description: "Show these shortcuts", group: "Anywhere" },
];

/** Ctrl/Cmd+Enter sends from the composer; listed with the others though the composer handles it. */
export const SEND_SHORTCUT = { keys: ["Ctrl/⌘", "Enter"], description: "Send the reply or note" };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** focus is in a text field, select or editable element */
  inField: boolean;
}

const SINGLE_KEYS: Record<string, Command> = {
  j: "list.next",
  k: "list.previous",
  o: "list.open",
  Enter: "list.open",
  "/": "search.focus",
  r: "compose.reply",
  n: "compose.note",
  "#": "compose.canned",
  e: "conversation.resolve",
  a: "conversation.assign",
  s: "conversation.snooze",
  t: "conversation.transfer",
  "?": "help",
};

/**
 * The command for a key press, and whether a "g" now waits for its second key. `afterG` is true when the previous
 * press was a lone "g" (the caller forgets it after a moment).
 */
export function commandFor(press: KeyPress, afterG: boolean): { command: Command | null; afterG: boolean } {
  if (press.key === "Escape") return { command: press.inField ? "field.leave" : "list.back", afterG: false };
  if (press.inField || press.ctrlKey || press.metaKey || press.altKey) return { command: null, afterG: false };
  if (afterG) return { command: press.key === "i" ? "go.inbox" : null, afterG: false };
  if (press.key === "g") return { command: null, afterG: true };
  return { command: SINGLE_KEYS[press.key] ?? null, afterG: false };
}
