/**
 * widget.kb_gz: what a brand's visitor downloads for the chat widget — the one script built by
 * vite.widget.config.ts, socket.io-client included — gzipped at level 9.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { judge, type Figure } from "./budgets.ts";

export function measureWidgetKbGz(distDir: string): number {
  return gzipSync(readFileSync(join(distDir, "widget.js")), { level: 9 }).length / 1024;
}

/** Builds the widget from the sources as they are, then measures it. */
export function widgetFigures(root: string): Figure[] {
  execFileSync("npx", ["vite", "build", "-c", "vite.widget.config.ts", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  return [judge("widget.kb_gz", measureWidgetKbGz(join(root, "dist/widget")))];
}
