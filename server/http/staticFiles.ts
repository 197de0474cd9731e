import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readable } from "node:stream";
import sirv from "sirv";
import type { Logger } from "../app/logger.ts";

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Serves the built console; unknown paths get index.html so that client routes survive a reload.
 * Hashed assets are cached for a year, index.html never, so a deploy is picked up at the next load.
 *
 * sirv looks each file up on disk when it is asked for (its `dev` mode) instead of listing the folder once at
 * start: `npm run build` under a running server replaces every file, and a listing made before it sent stale
 * lengths, missed the new assets, and opened files that were gone, whose read error nobody heard and which
 * ended the process. A look-up costs a stat or two, for the few requests of a console's first load.
 */
export function createStaticFiles(dir: string, log: Logger): Handler | null {
  if (!existsSync(dir)) return null;
  const serve = sirv(dir, {
    dev: true,
    single: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader("Cache-Control", pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
    },
  }) as Handler;
  return (req, res, next) => {
    // sirv throws halfway through its answer on a range it cannot satisfy (start after end, past 2^53); the
    // console's files are small, and a server may always answer a range with the whole file
    delete req.headers.range;
    // a file can still vanish between sirv's look-up and its read: the status is already written, so the answer
    // is cut short, and the process goes on
    res.once("pipe", (source: Readable) =>
      source.once("error", (error) => {
        log.warn({ err: error, path: req.url }, "a static file could not be read");
        res.destroy();
      }),
    );
    serve(req, res, next);
  };
}
