/**
 * Who answers a command right now. Screens register handlers while they are mounted; the most recently mounted
 * handler for a command wins, so the workspace's Escape goes before the inbox's and a dialog's before both.
 */
import type { Command } from "./shortcuts.ts";

export type Handlers = Partial<Record<Command, () => void>>;

const layers: Handlers[] = [];

export function registerCommands(handlers: Handlers): () => void {
  layers.push(handlers);
  return () => {
    const index = layers.lastIndexOf(handlers);
    if (index !== -1) layers.splice(index, 1);
  };
}

/** Runs the command; false when nothing on screen handles it, so the key press is left to the browser. */
export function runCommand(command: Command): boolean {
  for (let index = layers.length - 1; index >= 0; index--) {
    const handler = layers[index]?.[command];
    if (handler) {
      handler();
      return true;
    }
  }
  return false;
}
