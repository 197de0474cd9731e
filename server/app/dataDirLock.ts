/**
 * PGlite has no lock of its own: two processes on one data folder silently lose commits (STACK.md).
 * We hold an exclusive lock file with our pid; a second start fails while that pid lives. A lock left by a
 * crashed process names a dead pid and is taken over, so a restart after a crash needs no cleanup.
 */
import { mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { join } from "node:path";
import { hostname } from "node:os";

export class DataDirLockedError extends Error {}

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, "switchboard.lock");
  const owner = `${process.pid}@${hostname()}`;
  if (!tryCreate(path, owner)) {
    const holder = readHolder(path);
    if (holder && isAlive(holder)) {
      throw new DataDirLockedError(
        `DATA_DIR ${dataDir} is in use by another Switchboard process (pid ${holder.pid}). ` +
          "The embedded database allows one process; stop the other one, choose another DATA_DIR, " +
          "or set DATABASE_URL to run several processes on a Postgres server.",
      );
    }
    // take over a stale lock atomically: a concurrent taker loses the rename race and then sees a live pid
    const temp = `${path}.${process.pid}`;
    writeFileSync(temp, owner);
    renameSync(temp, path);
    if (readFileSync(path, "utf8") !== owner) throw new DataDirLockedError(`DATA_DIR ${dataDir} was locked by another process just now.`);
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      if (readHolderRaw(path) === owner) rmSync(path, { force: true });
    },
  };
}

function tryCreate(path: string, owner: string): boolean {
  try {
    const fd = openSync(path, "wx");
    writeFileSync(fd, owner);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

function readHolderRaw(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function readHolder(path: string): { pid: number; host: string } | null {
  const raw = readHolderRaw(path);
  const match = raw?.match(/^(\d+)@(.*)$/);
  return match ? { pid: Number(match[1]), host: match[2] ?? "" } : null;
}

function isAlive(holder: { pid: number; host: string }): boolean {
  // a lock from another host (a shared folder) cannot be checked: treat it as held
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
