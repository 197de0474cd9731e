import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { measureWidgetKbGz } from "./widgetBundle.ts";

describe("measureWidgetKbGz", () => {
  it("is the level-9 gzip size of widget.js in KB", () => {
    const dir = mkdtempSync(join(tmpdir(), "widget-bench-"));
    try {
      const script = "var widget = 1;\n".repeat(500);
      writeFileSync(join(dir, "widget.js"), script);
      expect(measureWidgetKbGz(dir)).toBe(gzipSync(script, { level: 9 }).length / 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
