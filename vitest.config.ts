import { defineConfig } from "vitest/config";
import solid from "vite-plugin-solid";

// .ci/run sums every runner's JSON report into its closing "N passed, N failed" line
const reportDir = process.env.TEST_REPORT_DIR;
const reportName = process.env.TEST_REPORT_NAME ?? "vitest";

export default defineConfig({
  test: {
    ...(reportDir ? { reporters: ["default", "json"], outputFile: { json: `${reportDir}/${reportName}.json` } } : {}),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // integration suites each start a server and a database; two cores
    maxWorkers: 2,
    // the server's project must resolve Node builds (the solid plugin switches resolution to browser builds,
    // which swaps ws for a stub); the client's compiles JSX with Solid
    projects: [
      {
        extends: true,
        test: {
          name: "server",
          environment: "node",
          include: ["shared/**/*.test.ts", "server/**/*.test.ts", "bench/**/*.test.ts"],
          // the migrated database every suite copies, built once per run (server/testing/migratedDatabase.ts)
          globalSetup: ["server/testing/globalSetup.ts"],
        },
      },
      {
        extends: true,
        plugins: [solid()],
        test: { name: "client", environment: "node", include: ["client/**/*.test.{ts,tsx}"] },
      },
    ],
  },
});
