/**
 * `npm run bench`: every benchmark built so far, against real builds and processes. Prints each figure
 * beside its budget and writes bench/results.json. Figures whose feature does not exist yet are listed as not measured
 * yet; a figure its benchmark could not measure, as not measured, with the reason printed above the table.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BUDGETS, budgetRow, judge, type Figure } from "./budgets.ts";
import { chatFigures } from "./chat.ts";
import { measureInitialKbGz } from "./consoleBundle.ts";
import { inboxQueryFigures } from "./inboxQuery.ts";
import { inboxRenderFigures } from "./inboxRender.ts";
import { widgetFigures } from "./widgetBundle.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

function consoleFigures(): Figure[] {
  execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit" });
  const { kb, files } = measureInitialKbGz(`${ROOT}dist/client`);
  for (const f of files) process.stdout.write(`  ${f.path}  ${(f.gzBytes / 1024).toFixed(1)} KB gz\n`);
  return [judge("console.initial_kb_gz", kb)];
}

// consoleFigures() builds the console that inboxRenderFigures() has the server serve
const figures = [
  ...consoleFigures(),
  ...widgetFigures(ROOT),
  ...(await inboxRenderFigures()),
  ...(await inboxQueryFigures()),
  ...(await chatFigures()),
];

const rows = BUDGETS.map((b) => budgetRow(b, figures.find((f) => f.name === b.name)));
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ["figure", "value", "budget", ""][i]!.length));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
process.stdout.write(`\n${line(["figure", "value", "budget", ""])}\n${rows.map(line).join("\n")}\n`);

writeFileSync(`${ROOT}bench/results.json`, `${JSON.stringify(figures, null, 2)}\n`);
process.stdout.write(`\nwrote bench/results.json (${figures.length} measured of ${BUDGETS.length})\n`);
