/**
 * The public side of the chat widget over HTTP: GET /widget.js, the script brands embed on their own sites (so
 * any origin may load it), and the demo sites under /demo. The script is read once per build and kept gzipped
 * in memory; a rebuild while the server runs is picked up by the file's mtime.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { findBrandBySlug, listBrandsBySlug } from "../brands/widgetBrand.ts";
import type { Queryable } from "../db/client.ts";
import { demoCss, demoIndexHtml, demoPageHtml, DEMO_SLUGS, isDemoSlug, notFoundHtml } from "./demoSite.ts";
import { sendError } from "./json.ts";

export const WIDGET_BUNDLE = fileURLToPath(new URL("../../dist/widget/widget.js", import.meta.url));

/** Short, so that a deploy reaches every brand's visitors within minutes; the ETag makes the re-check cheap. */
const WIDGET_CACHE_CONTROL = "public, max-age=300";

interface Bundle {
  mtimeMs: number;
  plain: Buffer;
  gzipped: Buffer;
  etag: string;
}

let cached: Bundle | null = null;

async function loadBundle(path: string): Promise<Bundle | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  if (cached?.mtimeMs === info.mtimeMs) return cached;
  const plain = await readFile(path);
  const etag = `"${createHash("sha256").update(plain).digest("base64url").slice(0, 22)}"`;
  cached = { mtimeMs: info.mtimeMs, plain, gzipped: gzipSync(plain, { level: 9 }), etag };
  return cached;
}

function onlyGetOrHead(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === "GET" || req.method === "HEAD") return true;
  sendError(res, 405, { code: "invalid_input", message: "Method not allowed." }, { Allow: "GET, HEAD" });
  return false;
}

export async function handleWidgetScript(req: IncomingMessage, res: ServerResponse, bundlePath = WIDGET_BUNDLE): Promise<void> {
  if (!onlyGetOrHead(req, res)) return;
  const bundle = await loadBundle(bundlePath);
  if (!bundle) return sendError(res, 503, { code: "unavailable", message: "The widget is not built: run npm run build." });
  // brands' sites are other origins: they load the script with a plain script tag, or under COEP with CORS
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
  res.setHeader("Cache-Control", WIDGET_CACHE_CONTROL);
  res.setHeader("ETag", bundle.etag);
  res.setHeader("Vary", "Accept-Encoding");
  if (req.headers["if-none-match"] === bundle.etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? bundle.gzipped : bundle.plain;
  res.writeHead(200, {
    "Content-Type": "text/javascript; charset=utf-8",
    "Content-Length": body.length,
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "no-cache", "Content-Length": Buffer.byteLength(body) });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** /demo (the list), /demo/<slug> (a brand's site), /demo/site.css and /demo/<slug>/site.css (their styles). */
export async function handleDemoRoute(req: IncomingMessage, res: ServerResponse, db: Queryable, pathname: string): Promise<void> {
  if (!onlyGetOrHead(req, res)) return;
  const parts = pathname.split("/").filter(Boolean).slice(1);
  const [slug, file] = parts;
  if (parts.length === 0) return send(req, res, 200, "text/html", demoIndexHtml(await listBrandsBySlug(db, DEMO_SLUGS)));
  if (parts.length === 1 && slug === "site.css") return send(req, res, 200, "text/css", demoCss(null));
  const notFound = () => send(req, res, 404, "text/html", notFoundHtml());
  if (!slug || !isDemoSlug(slug) || parts.length > 2) return notFound();
  const brand = await findBrandBySlug(db, slug);
  if (!brand) return notFound();
  if (file === undefined) return send(req, res, 200, "text/html", demoPageHtml({ ...brand, slug }));
  if (file === "site.css") return send(req, res, 200, "text/css", demoCss(brand));
  notFound();
}
