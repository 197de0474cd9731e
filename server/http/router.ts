import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../app/logger.ts";
import { handleSessionRoute, type SessionRouteDeps } from "../auth/routes.ts";
import { handleHealthz, handleReadyz } from "./health.ts";
import { RequestAborted, sendError, sendJson } from "./json.ts";
import { setSecurityHeaders } from "./security.ts";
import { createStaticFiles } from "./staticFiles.ts";
import { handleDemoRoute, handleWidgetScript } from "./widgetAssets.ts";

export interface RouterDeps extends SessionRouteDeps {
  log: Logger;
  staticDir: string;
}

/**
 * Every HTTP route and who may use it. None carries brand data yet: sign-in is for anyone, health for
 * load balancers. A route that serves brand data must check access like a socket event does, and gets a
 * row in the access test, which fails for a route listed here without one.
 */
export const ROUTES = {
  "/healthz": "public",
  "/readyz": "public",
  "/api/session": "public",
  /** the visitor widget's script, loaded by brands' sites from any origin; carries no brand data */
  "/widget.js": "public",
  /** the seeded demo brands' sites: name, colours and the widget key any brand's site shows anyway */
  "/demo": "public",
} as const;

/**
 * The path of a request target. Origin-form ("/a?b") is always a path, even when it starts with "//", which the URL
 * parser would take for a host (and throw on "//"); absolute-form ("http://host/a") is read as a URL. Null when
 * neither parses.
 */
export function requestPath(target: string): string | null {
  try {
    return (target.startsWith("/") ? new URL(`http://local${target}`) : new URL(target)).pathname;
  } catch {
    return null;
  }
}

export function createRouter(deps: RouterDeps) {
  const staticFiles = createStaticFiles(deps.staticDir, deps.log);
  let requestSeq = 0;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    const pathname = requestPath(req.url ?? "/");
    const log = deps.log.child({ requestId: `${process.pid}-${++requestSeq}`, method: req.method, path: pathname ?? req.url?.slice(0, 200) });
    // nobody awaits this function: whatever goes wrong in it must end in an answer here
    try {
      if (pathname === null) return sendError(res, 400, { code: "invalid_input", message: "The request target is not a path." });
      if (pathname === "/healthz") return handleHealthz(res);
      if (pathname === "/readyz") return await handleReadyz(res, deps.db);
      if (pathname === "/api/session") {
        await handleSessionRoute(req, res, deps);
        log.info({ status: res.statusCode }, "session route");
        return;
      }
      if (pathname === "/widget.js") return await handleWidgetScript(req, res);
      if (pathname === "/demo" || pathname.startsWith("/demo/")) return await handleDemoRoute(req, res, deps.db, pathname);
      if (pathname.startsWith("/api/")) return sendError(res, 404, { code: "not_found", message: "No such route." });
      if (req.method !== "GET" && req.method !== "HEAD") return sendError(res, 405, { code: "invalid_input", message: "Method not allowed." });
      if (!staticFiles) {
        return sendJson(res, 503, { ok: false, error: { code: "unavailable", message: "The console is not built: run npm run build." } });
      }
      staticFiles(req, res, () => sendError(res, 404, { code: "not_found", message: "Not found." }));
    } catch (error) {
      if (error instanceof RequestAborted) return log.info("the client left before its request was in");
      log.error({ err: error }, "request failed");
      if (!res.headersSent) sendError(res, 500, { code: "internal", message: "Something went wrong on the server." });
      else res.end();
    }
  };
}
