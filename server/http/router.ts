import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../app/logger.ts";
import { handleSessionRoute, type SessionRouteDeps } from "../auth/routes.ts";
import { handleHealthz, handleReadyz } from "./health.ts";
import { sendError, sendJson } from "./json.ts";
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

export function createRouter(deps: RouterDeps) {
  const staticFiles = createStaticFiles(deps.staticDir, deps.log);
  let requestSeq = 0;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    const url = new URL(req.url ?? "/", "http://local");
    const log = deps.log.child({ requestId: `${process.pid}-${++requestSeq}`, method: req.method, path: url.pathname });
    try {
      if (url.pathname === "/healthz") return handleHealthz(res);
      if (url.pathname === "/readyz") return await handleReadyz(res, deps.db);
      if (url.pathname === "/api/session") {
        await handleSessionRoute(req, res, deps);
        log.info({ status: res.statusCode }, "session route");
        return;
      }
      if (url.pathname === "/widget.js") return await handleWidgetScript(req, res);
      if (url.pathname === "/demo" || url.pathname.startsWith("/demo/")) return await handleDemoRoute(req, res, deps.db, url.pathname);
      if (url.pathname.startsWith("/api/")) return sendError(res, 404, { code: "not_found", message: "No such route." });
      if (req.method !== "GET" && req.method !== "HEAD") return sendError(res, 405, { code: "invalid_input", message: "Method not allowed." });
      if (!staticFiles) {
        return sendJson(res, 503, { ok: false, error: { code: "unavailable", message: "The console is not built: run npm run build." } });
      }
      staticFiles(req, res, () => sendError(res, 404, { code: "not_found", message: "Not found." }));
    } catch (error) {
      log.error({ err: error }, "request failed");
      if (!res.headersSent) sendError(res, 500, { code: "internal", message: "Something went wrong on the server." });
      else res.end();
    }
  };
}
