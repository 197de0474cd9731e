import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir, hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./dataDirLock.ts";

const freshDir = () => mkdtempSync(join(tmpdir(), "sb-lock-"));

describe("lockDataDir", () => {
  it("refuses a second lock on the same folder with a message that says what to do", () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/in use by another Switchboard process .*DATABASE_URL/);
    lock.release();
    lockDataDir(dir).release();
  });

  it("refuses while another live process holds it", async () => {
    const dir = freshDir();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(join(dir, "switchboard.lock"), `${child.pid}@${hostname()}`);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`pid ${child.pid}`));
    } finally {
      child.kill();
    }
  });

  it("takes over a lock left by a process that has died", async () => {
    const dir = freshDir();
    const child = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => child.once("exit", resolve));
    writeFileSync(join(dir, "switchboard.lock"), `${child.pid}@${hostname()}`);
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, "switchboard.lock"), "utf8")).toBe(`${process.pid}@${hostname()}`);
    lock.release();
  });
});
