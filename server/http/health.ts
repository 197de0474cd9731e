import type { ServerResponse } from "node:http";
import type { Database } from "../db/client.ts";
import { pendingMigrations } from "../db/migrate.ts";
import { sendJson } from "./json.ts";

export function handleHealthz(res: ServerResponse): void {
  sendJson(res, 200, { ok: true });
}

/** Ready when the database answers and every migration has run. */
export async function handleReadyz(res: ServerResponse, db: Database): Promise<void> {
  try {
    const pending = await pendingMigrations(db);
    if (pending > 0) return sendJson(res, 503, { ok: false, reason: `${pending} migrations pending` });
    sendJson(res, 200, { ok: true, database: db.engine });
  } catch (error) {
    sendJson(res, 503, { ok: false, reason: `database unreachable: ${(error as Error).message}` });
  }
}
