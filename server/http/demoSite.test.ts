import { describe, expect, it } from "vitest";
import type { WidgetBrand } from "../brands/widgetBrand.ts";
import { demoCss, demoIndexHtml, demoPageHtml, DEMO_SLUGS, escapeHtml } from "./demoSite.ts";

const lumen: WidgetBrand & { slug: "lumen-fibre" } = {
  name: "Lumen <Fibre> & \"Co\"",
  slug: "lumen-fibre",
  kind: "Fibre broadband provider",
  color: "#0F766E",
  accentColor: "#155E75",
  logoSvg: `<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>`,
  widgetKey: `wk_"><script>alert(1)</script>`,
};

describe("demo site pages", () => {
  it("embeds the brand's widget key in the script tag, escaped", () => {
    const html = demoPageHtml(lumen);
    expect(html).toContain(`<script src="/widget.js" data-widget-key="wk_&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;" async></script>`);
    expect(html).toContain("Lumen &#60;Fibre&#62; &#38; &#34;Co&#34;");
  });

  it("has no inline script or style, which the server's Content-Security-Policy would block", () => {
    for (const html of [demoPageHtml(lumen), demoIndexHtml([lumen])]) {
      expect(html.match(/<script\b[^>]*>/g)?.every((tag) => tag.includes(" src=")) ?? true).toBe(true);
      expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/i);
    }
  });

  it("shows the logo as an image, not as markup", () => {
    expect(demoPageHtml(lumen)).toContain(`<img class="logo" src="data:image/svg+xml,%3Csvg`);
    expect(demoPageHtml(lumen)).not.toContain("<svg");
  });

  it("has a page for every seeded demo brand", () => {
    expect(DEMO_SLUGS.sort()).toEqual(["harbor-insurance", "lumen-fibre", "threadline"]);
  });

  it("puts only plain hex colours into the stylesheet", () => {
    expect(demoCss(lumen)).toContain("--brand:#0F766E");
    expect(demoCss({ ...lumen, color: "red;}body{display:none" })).toContain("--brand:#374151");
  });

  it("escapes all five HTML specials", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});
