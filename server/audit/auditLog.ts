import type { Queryable } from "../db/client.ts";

export type AuditAction =
  | "auth.signIn"
  | "auth.signInFailed"
  | "auth.signOut"
  | "user.disabled"
  | "user.enabled"
  | "membership.granted"
  | "membership.changed"
  | "membership.removed";

export interface AuditEntry {
  at: Date;
  actorUserId: string | null;
  action: AuditAction;
  brandId?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  data?: Record<string, unknown>;
}

/** Written in the caller's transaction, so an audited change and its record commit together. */
export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (at, actor_user_id, action, brand_id, target_type, target_id, ip, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.at,
      entry.actorUserId,
      entry.action,
      entry.brandId ?? null,
      entry.targetType ?? null,
      entry.targetId ?? null,
      entry.ip ?? null,
      JSON.stringify(entry.data ?? {}),
    ],
  );
}
