import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertBrands, planBrands } from "../db/seed/brands.ts";
import { createTestDatabase, type TestDatabase } from "../testing/testDatabase.ts";
import { handleDemoRoute, handleWidgetScript } from "./widgetAssets.ts";

describe("widget assets over HTTP", () => {
  let database: TestDatabase;
  let server: Server;
  let base: string;
  const dir = mkdtempSync(join(tmpdir(), "widget-"));
  const bundle = join(dir, "widget.js");

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertBrands(database.db, planBrands(), new Date("2026-03-02T10:00:00Z"));
    server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://local");
      if (url.pathname === "/widget.js") void handleWidgetScript(req, res, bundle);
      else void handleDemoRoute(req, res, database.db, url.pathname);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("says the widget is not built rather than serving nothing", async () => {
    expect((await fetch(`${base}/widget.js`)).status).toBe(503);
  });

  it("serves the script to any origin, gzipped, cached briefly and revalidated by ETag", async () => {
    writeFileSync(bundle, "console.log('widget v1');");
    const response = await fetch(`${base}/widget.js`, { headers: { origin: "https://brand.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(await response.text()).toBe("console.log('widget v1');");

    // fetch would unzip on its own; node:http shows the bytes as sent
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve) => {
      get(`${base}/widget.js`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      });
    });
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toBe("console.log('widget v1');");

    const etag = response.headers.get("etag")!;
    expect((await fetch(`${base}/widget.js`, { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("picks up a rebuild while running", async () => {
    writeFileSync(bundle, "console.log('widget v2');");
    utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    expect(await (await fetch(`${base}/widget.js`)).text()).toBe("console.log('widget v2');");
  });

  it("serves a demo brand's site with its widget key, and its stylesheet", async () => {
    const page = await fetch(`${base}/demo/lumen-fibre`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect(html).toContain(`<script src="/widget.js" data-widget-key="wk_lumen_Q7f2kX9mLp4TzR8v" async></script>`);
    expect(html).toContain("Lumen Fibre");
    const css = await fetch(`${base}/demo/lumen-fibre/site.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await css.text()).toContain("--brand:#0F766E");
  });

  it("lists the demo sites", async () => {
    const html = await (await fetch(`${base}/demo`)).text();
    for (const slug of ["lumen-fibre", "threadline", "harbor-insurance"]) expect(html).toContain(`href="/demo/${slug}"`);
  });

  it("answers 404 for an unknown slug or a brand that is not a demo brand", async () => {
    for (const path of ["/demo/nope", "/demo/lumen-fibre/other", "/demo/lumen-fibre/site.css/x", "/demo/%3Cscript%3E"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain("<script");
    }
  });

  it("refuses other methods", async () => {
    expect((await fetch(`${base}/demo/lumen-fibre`, { method: "POST" })).status).toBe(405);
    expect((await fetch(`${base}/widget.js`, { method: "DELETE" })).status).toBe(405);
  });
});
