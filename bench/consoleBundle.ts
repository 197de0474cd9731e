/**
 * console.initial_kb_gz: what a first visit downloads before any lazy route — the entry script, its
 * modulepreloads and stylesheets named in the built index.html — each gzipped at level 9, summed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export function initialAssets(indexHtml: string): string[] {
  const refs = new Set<string>();
  for (const match of indexHtml.matchAll(/<(script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const isScript = tag.startsWith("<script") && /type="module"/.test(tag);
    const isPreload = /rel="(modulepreload|stylesheet)"/.test(tag);
    const url = tag.match(/(?:src|href)="([^"]+)"/)?.[1];
    if (url && (isScript || isPreload) && url.startsWith("/")) refs.add(url);
  }
  return [...refs];
}

export function measureInitialKbGz(distDir: string): { kb: number; files: { path: string; gzBytes: number }[] } {
  const assets = initialAssets(readFileSync(join(distDir, "index.html"), "utf8"));
  const files = assets.map((path) => ({ path, gzBytes: gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length }));
  return { kb: files.reduce((sum, f) => sum + f.gzBytes, 0) / 1024, files };
}
