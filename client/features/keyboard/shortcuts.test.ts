import { describe, expect, it } from "vitest";
import { registerCommands, runCommand } from "./registry.ts";
import { commandFor, SHORTCUTS, type KeyPress } from "./shortcuts.ts";

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, inField: false, ...extra });

describe("commandFor", () => {
  it.each([
    ["j", "list.next"],
    ["k", "list.previous"],
    ["Enter", "list.open"],
    ["o", "list.open"],
    ["r", "compose.reply"],
    ["n", "compose.note"],
    ["e", "conversation.resolve"],
    ["a", "conversation.assign"],
    ["s", "conversation.snooze"],
    ["t", "conversation.transfer"],
    ["/", "search.focus"],
    ["#", "compose.canned"],
    ["?", "help"],
    ["Escape", "list.back"],
    ["x", null],
  ])("%s → %s", (key, command) => {
    expect(commandFor(press(key), false).command).toBe(command);
  });

  it("ignores single keys while typing, but not Escape", () => {
    expect(commandFor(press("j", { inField: true }), false).command).toBeNull();
    expect(commandFor(press("Escape", { inField: true }), false).command).toBe("field.leave");
  });

  it("leaves modified keys to the browser", () => {
    expect(commandFor(press("r", { ctrlKey: true }), false).command).toBeNull();
    expect(commandFor(press("k", { metaKey: true }), false).command).toBeNull();
  });

  it("reads g then i as go to the inbox, and nothing else after g", () => {
    const first = commandFor(press("g"), false);
    expect(first).toEqual({ command: null, afterG: true });
    expect(commandFor(press("i"), first.afterG)).toEqual({ command: "go.inbox", afterG: false });
    expect(commandFor(press("j"), true)).toEqual({ command: null, afterG: false });
  });

  it("lists every command it can produce", () => {
    const listed = new Set(SHORTCUTS.map((s) => s.command));
    for (const key of ["j", "k", "o", "/", "r", "n", "#", "e", "a", "s", "?", "Escape"]) {
      const { command } = commandFor(press(key), false);
      expect(listed.has(command as never)).toBe(true);
    }
  });
});

describe("registry", () => {
  it("lets the latest screen answer, and falls back when it leaves", () => {
    const calls: string[] = [];
    const inbox = registerCommands({ "list.back": () => calls.push("inbox"), "list.next": () => calls.push("next") });
    const workspace = registerCommands({ "list.back": () => calls.push("workspace") });
    expect(runCommand("list.back")).toBe(true);
    expect(runCommand("list.next")).toBe(true);
    workspace();
    runCommand("list.back");
    inbox();
    expect(runCommand("list.back")).toBe(false);
    expect(calls).toEqual(["workspace", "next", "inbox"]);
  });
});
