import { describe, expect, it } from "vitest";
import { initialAssets } from "./consoleBundle.ts";

describe("initialAssets", () => {
  it("takes the entry module, its modulepreloads and stylesheets, not other links", () => {
    const html = `<html><head>
      <link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/solid-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-123.css">
    </head></html>`;
    expect(initialAssets(html)).toEqual(["/assets/index-abc.js", "/assets/solid-def.js", "/assets/index-123.css"]);
  });
});
