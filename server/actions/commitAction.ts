/**
 * The one path by which a client action changes state. The action's clientId is recorded in the same
 * transaction as its effect, with its result; a repeat finds the row and returns the first result unchanged.
 * Concurrent repeats serialise on the primary key: the second waits for the first to commit, then replays it.
 */
import type { Database, Queryable } from "../db/client.ts";
import { RequestFailure } from "../handlers/failure.ts";

export interface CommittedAction<T> {
  result: T;
  /** true when this clientId had been applied before: nothing changed now, and no follow-up work runs again. */
  replayed: boolean;
}

export async function commitAction<T>(
  db: Database,
  action: { clientId: string; userId: string | null; event: string; at: Date },
  apply: (tx: Queryable) => Promise<T>,
): Promise<CommittedAction<T>> {
  return db.transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO actions (client_id, user_id, event, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (client_id) DO NOTHING RETURNING client_id`,
      [action.clientId, action.userId, action.event, action.at],
    );
    if (claimed.rows.length === 0) {
      const prior = await tx.query<{ user_id: string | null; event: string; result: T }>(
        "SELECT user_id, event, result FROM actions WHERE client_id = $1",
        [action.clientId],
      );
      const row = prior.rows[0];
      if (!row || row.user_id !== action.userId || row.event !== action.event) {
        throw new RequestFailure("conflict", "This clientId was already used for a different action.");
      }
      return { result: row.result, replayed: true };
    }
    const result = await apply(tx);
    await tx.query("UPDATE actions SET result = $2 WHERE client_id = $1", [action.clientId, JSON.stringify(result)]);
    return { result, replayed: false };
  });
}
