/**
 * End-to-end runs against a real server on a fresh embedded database per run, driving Debian's Chromium
 * (never a downloaded browser). `npm run test:e2e` builds the console first; the server serves dist/client.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium, or set CHROMIUM_PATH`);
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Playwright loads this file in the runner and again in each worker: the runner makes the folder and hands it
// to its workers through the environment, and removes it when it exits (after it has stopped the server).
const DATA_DIR_VAR = "SWITCHBOARD_E2E_DATA_DIR";
let dataDir = process.env[DATA_DIR_VAR];
if (dataDir === undefined) {
  const created = mkdtempSync(join(tmpdir(), "switchboard-e2e-"));
  dataDir = created;
  process.env[DATA_DIR_VAR] = created;
  process.on("exit", () => rmSync(created, { recursive: true, force: true }));
}

export default defineConfig({
  testDir: "e2e/specs",
  workers: 1,
  retries: 0,
  // .ci/run sums every runner's JSON report into its closing "N passed, N failed" line
  reporter: process.env.TEST_REPORT_DIR ? [["list"], ["json", { outputFile: join(process.env.TEST_REPORT_DIR, "playwright.json") }]] : "list",
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx server/main.ts",
    url: `${baseURL}/readyz`,
    // always the embedded database with fresh demo data, even when the shell has DATABASE_URL for the server suites
    env: { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, SEED: "on", LOG_LEVEL: "warn", DATABASE_URL: "", REDIS_URL: "" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
