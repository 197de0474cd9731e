import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import sirv from "sirv";

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Serves the built console; unknown paths get index.html so that client routes survive a reload.
 * Hashed assets are cached for a year, index.html never, so a deploy is picked up at the next load.
 */
export function createStaticFiles(dir: string): Handler | null {
  if (!existsSync(dir)) return null;
  return sirv(dir, {
    single: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader("Cache-Control", pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
    },
  }) as Handler;
}
