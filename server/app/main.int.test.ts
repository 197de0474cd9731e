import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runServer, startServerProcess } from "../testing/serverProcess.ts";

describe("the server process on the embedded database", () => {
  it("holds DATA_DIR: a second start fails clearly; after SIGTERM the folder is free and its data still there", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "sb-main-"));
    const first = await startServerProcess({ DATA_DIR: dataDir, SEED: "off" });
    expect(await (await fetch(`${first.url}/readyz`)).json()).toEqual({ ok: true, database: "pglite" });

    const second = runServer({ DATA_DIR: dataDir, SEED: "off", PORT: "0" });
    expect(await second.exited).toBe(2);
    expect(second.output()).toMatch(/DATA_DIR .* is in use by another Switchboard process/);

    expect(await first.stop("SIGTERM")).toBe(0);
    const again = await startServerProcess({ DATA_DIR: dataDir, SEED: "off" });
    expect((await fetch(`${again.url}/healthz`)).status).toBe(200);
    expect(again.output()).not.toMatch(/migrations applied/);
    expect(await again.stop("SIGTERM")).toBe(0);
  }, 120_000);

  it("refuses bad configuration with a message naming each bad variable", async () => {
    const run = runServer({ PORT: "http", DATABASE_URL: "mysql://db", SEED: "off" });
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('PORT="http"');
    expect(run.output()).toContain('DATABASE_URL="mysql://db": must start with postgres:// or postgresql://');
  });
});
