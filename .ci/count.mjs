// Sums the JSON reports that Vitest and Playwright wrote under TEST_REPORT_DIR into one closing line. Each
// failure is named again just above it, with the start of its error: a CI log is often read from its tail only.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ERROR_LINES = 8;
const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

const plain = (text) => String(text ?? "").replace(/\u001b\[[0-9;]*m/g, "");
// the runners' own frames say nothing about the failure
const firstLines = (text) =>
  plain(text)
    .split("\n")
    .filter((line) => line.trim() !== "" && !/node_modules|^\s*at new Promise/.test(line))
    .slice(0, ERROR_LINES);

function playwrightFailures(suite, report) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== "unexpected") continue;
      const error = test.results?.at(-1)?.error;
      const where = error?.location ? ` (failed at line ${error.location.line})` : "";
      failures.push({ report, title: `${spec.file}:${spec.line} › ${spec.title}${where}`, error: firstLines(error?.message) });
    }
  }
  for (const child of suite.suites ?? []) playwrightFailures(child, report);
}

function vitestFailures(report, name) {
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failedTests) failures.push({ report: name, title: `${file.name} › ${test.fullName}`, error: firstLines(test.failureMessages?.[0]) });
    if (failedTests.length === 0 && file.status === "failed") failures.push({ report: name, title: file.name, error: firstLines(file.message) });
  }
}

const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
for (const file of files) {
  const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  if (report.stats && "expected" in report.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky counts as passed on retry
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    for (const suite of report.suites ?? []) playwrightFailures(suite, file);
  } else {
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    skipped += report.numPendingTests + report.numTodoTests;
    vitestFailures(report, file);
  }
}
if (files.length === 0) failed += 1;
for (const failure of failures) {
  console.log(`\nFAILED (${failure.report}) ${failure.title}`);
  for (const line of failure.error) console.log(`    ${line}`);
}
console.log(`reports: ${files.join(", ") || "none (the test runners did not start)"}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
