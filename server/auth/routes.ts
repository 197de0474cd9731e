import type { IncomingMessage, ServerResponse } from "node:http";
import { maskCardNumbersIn } from "../../shared/domain/redaction/freeText.ts";
import { Credentials } from "../../shared/schemas/user.ts";
import { recordAudit } from "../audit/auditLog.ts";
import { BodyTooLarge, readJson, sendError, sendJson } from "../http/json.ts";
import { clientAddress, originAllowed, requestProtocol, type OriginPolicy } from "../http/security.ts";
import type { AccessEffects } from "../access/accessEffects.ts";
import { SESSION_COOKIE, clearedSessionCookie, readCookie, sessionCookie } from "./cookies.ts";
import { endSessionByToken } from "./sessions.ts";
import { signIn, type SignInDeps } from "./signIn.ts";

export interface SessionRouteDeps extends SignInDeps {
  origin: OriginPolicy;
  access: AccessEffects;
}

const MAX_BODY_BYTES = 16 * 1024;

/** POST /api/session signs in; DELETE /api/session signs out and closes that session's sockets everywhere. */
export async function handleSessionRoute(req: IncomingMessage, res: ServerResponse, deps: SessionRouteDeps): Promise<void> {
  if (!originAllowed(req, deps.origin)) {
    return sendError(res, 403, { code: "forbidden", message: "Requests must come from the console's own origin." });
  }
  const secure = requestProtocol(req, deps.origin) === "https";
  if (req.method === "POST") return postSession(req, res, deps, secure);
  if (req.method === "DELETE") return deleteSession(req, res, deps, secure);
  sendError(res, 405, { code: "invalid_input", message: "Use POST to sign in or DELETE to sign out." }, { Allow: "POST, DELETE" });
}

async function postSession(req: IncomingMessage, res: ServerResponse, deps: SessionRouteDeps, secure: boolean): Promise<void> {
  let body: unknown;
  try {
    body = await readJson(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return sendError(res, 413, { code: "payload_too_large", message: "The sign-in request is too large." });
    throw error;
  }
  const parsed = Credentials.safeParse(body);
  if (!parsed.success) {
    return sendError(res, 400, {
      code: "invalid_input",
      message: "Enter your email and password.",
      issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  }
  // as on the sockets, text from the client has its card numbers masked before anything can keep it: the email
  // tried goes to the audit log, the user agent to the session. The password goes to argon2 as typed, and is never kept.
  const { email, userAgent } = maskCardNumbersIn({ email: parsed.data.email, userAgent: req.headers["user-agent"] ?? null });
  const outcome = await signIn(deps, { email, password: parsed.data.password }, { ip: clientAddress(req, deps.origin), userAgent });
  if (!outcome.ok) {
    const headers: Record<string, string> = outcome.retryAfterSeconds ? { "Retry-After": String(outcome.retryAfterSeconds) } : {};
    return sendError(res, outcome.status, outcome.error, headers);
  }
  const maxAgeSeconds = Math.floor((outcome.expiresAt.getTime() - deps.clock.now().getTime()) / 1000);
  sendJson(res, 200, { ok: true, data: { userId: outcome.userId } }, { "Set-Cookie": sessionCookie(outcome.token, { secure, maxAgeSeconds }) });
}

async function deleteSession(req: IncomingMessage, res: ServerResponse, deps: SessionRouteDeps, secure: boolean): Promise<void> {
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (token) {
    const now = deps.clock.now();
    const ended = await deps.db.transaction(async (tx) => {
      const session = await endSessionByToken(tx, token, now);
      if (session) {
        await recordAudit(tx, { at: now, actorUserId: session.userId, action: "auth.signOut", targetType: "session", targetId: session.id, ip: clientAddress(req, deps.origin) });
      }
      return session;
    });
    if (ended) await deps.access.sessionEnded(ended.id, "signed_out");
  }
  sendJson(res, 200, { ok: true, data: {} }, { "Set-Cookie": clearedSessionCookie(secure) });
}
