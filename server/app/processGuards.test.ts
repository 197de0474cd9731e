import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface LogLine {
  level: number;
  msg: string;
  err?: { message: string; stack: string };
}

const ERROR = 50;
const FATAL = 60;

/** Runs the guarded script in a child process, so that what it does on a fatal error is its own exit, not ours. */
function runScenario(scenario: string): Promise<{ code: number | null; lines: LogLine[]; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/testing/processGuardsScript.ts", scenario], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) =>
    child.once("close", (code) => {
      const lines = stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as LogLine);
      resolve({ code, lines, stderr });
    }),
  );
}

/** Sorted: pino writes stdout asynchronously, and lines a few microseconds apart have reached the pipe out of order. */
const messages = (lines: LogLine[]) => lines.map((l) => l.msg).sort();

describe("process guards", () => {
  it("log an unhandled rejection with its error and stack, and the process goes on", async () => {
    const { code, lines } = await runScenario("rejection");
    const logged = lines.find((l) => l.msg === "unhandled promise rejection; the process goes on");
    expect(logged).toMatchObject({ level: ERROR, err: { message: "a rejection nobody awaited" } });
    expect(logged?.err?.stack).toContain("processGuardsScript.ts");
    expect(messages(lines)).toContain("still serving");
    expect(messages(lines)).not.toContain("test server closed");
    expect(code).toBe(0);
  });

  it("log an uncaught exception as fatal, close the app, then exit non-zero", async () => {
    const { code, lines } = await runScenario("exception");
    const fatal = lines.find((l) => l.level === FATAL);
    expect(fatal).toMatchObject({ msg: "uncaught exception; the process stops", err: { message: "thrown out of a callback" } });
    expect(fatal?.err?.stack).toContain("processGuardsScript.ts");
    // the app's own close logged before the exit: exiting first would have cut it off
    expect(messages(lines)).toEqual(["closed after the uncaught exception", "test server closed", "uncaught exception; the process stops"]);
    expect(code).toBe(1);
  });

  it.each([
    ["exception while starting", ["uncaught exception; the process stops", "closed after the uncaught exception"]],
    ["close fails", ["uncaught exception; the process stops", "closing after the uncaught exception failed"]],
    ["close hangs", ["uncaught exception; the process stops", "closing took too long; exiting without it"]],
  ])("on an uncaught exception (%s) still exit non-zero and say why", async (scenario, expected) => {
    const { code, lines } = await runScenario(scenario);
    expect(messages(lines)).toEqual([...expected].sort());
    expect(code).toBe(1);
  });
});
