/**
 * Email and password sign-in. Unknown emails cost the same argon2 check as known ones, and every failure
 * gets the same message, so the answer does not tell which accounts exist.
 */
import type { Credentials } from "../../shared/schemas/user.ts";
import type { RequestError } from "../../shared/contract/errors.ts";
import type { Clock } from "../app/clock.ts";
import type { Database } from "../db/client.ts";
import { recordAudit } from "../audit/auditLog.ts";
import { findUserForSignIn } from "../users/repo.ts";
import { DECOY_HASH, verifyPassword } from "./passwords.ts";
import { startSession, type SessionLimits } from "./sessions.ts";
import type { SignInLimiter } from "./signInLimiter.ts";

export interface SignInDeps {
  db: Database;
  clock: Clock;
  limiter: SignInLimiter;
  limits: SessionLimits;
}

export type SignInOutcome =
  | { ok: true; userId: string; sessionId: string; token: string; expiresAt: Date }
  | { ok: false; status: 401 | 429; error: RequestError; retryAfterSeconds?: number };

export const WRONG_CREDENTIALS = "Wrong email or password.";

export async function signIn(
  deps: SignInDeps,
  credentials: Credentials,
  client: { ip: string; userAgent: string | null },
): Promise<SignInOutcome> {
  const now = deps.clock.now();
  // the attempt is counted before the password is checked, so parallel guesses cannot all get checked
  const admission = await deps.limiter.admit(credentials.email, client.ip);
  if (!admission.ok) {
    const minutes = Math.max(1, Math.ceil(admission.waitMs / 60_000));
    return {
      ok: false,
      status: 429,
      retryAfterSeconds: Math.max(1, Math.ceil(admission.waitMs / 1000)),
      error: { code: "rate_limited", message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` },
    };
  }
  const user = await findUserForSignIn(deps.db, credentials.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? DECOY_HASH, credentials.password);
  if (!user || !passwordOk || user.disabled_at) {
    await recordAudit(deps.db, {
      at: now,
      actorUserId: user?.id ?? null,
      action: "auth.signInFailed",
      ip: client.ip,
      data: { email: credentials.email.slice(0, 254), reason: !user ? "unknown_email" : !passwordOk ? "wrong_password" : "disabled" },
    });
    const message = user && passwordOk ? "This account is disabled. Ask an admin to enable it." : WRONG_CREDENTIALS;
    return { ok: false, status: 401, error: { code: "unauthenticated", message } };
  }
  await deps.limiter.succeeded(credentials.email, client.ip);
  const started = await deps.db.transaction(async (tx) => {
    const session = await startSession(tx, { userId: user.id, now, limits: deps.limits, ip: client.ip, userAgent: client.userAgent });
    await recordAudit(tx, { at: now, actorUserId: user.id, action: "auth.signIn", targetType: "session", targetId: session.session.id, ip: client.ip });
    return session;
  });
  return { ok: true, userId: user.id, sessionId: started.session.id, token: started.token, expiresAt: started.expiresAt };
}
