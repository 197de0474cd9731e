/**
 * The visitor's token: it binds one browser to one chat of one brand, signed with a key the server keeps in the
 * database (so every process checks it the same way). The widget keeps it in the site's storage; a reload or a new
 * tab hands it back in the handshake. It carries no secret of the visitor's, only which chat is theirs.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Database } from "../db/client.ts";

export interface VisitorClaims {
  brandId: string;
  contactId: string;
  conversationId: string;
}

export interface VisitorTokens {
  sign(claims: VisitorClaims): string;
  /** The claims of a token this server signed, or null for anything else. */
  verify(token: string): VisitorClaims | null;
}

const SECRET_NAME = "visitor_token_key";

export async function loadVisitorTokens(db: Database, at: Date): Promise<VisitorTokens> {
  // the first process to start makes the key; the others (and later starts) read the same one
  await db.query("INSERT INTO app_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING", [
    SECRET_NAME,
    randomBytes(32).toString("base64url"),
    at,
  ]);
  const found = await db.query<{ value: string }>("SELECT value FROM app_secrets WHERE name = $1", [SECRET_NAME]);
  return visitorTokens(Buffer.from(found.rows[0]!.value, "base64url"));
}

export function visitorTokens(key: Buffer): VisitorTokens {
  const mac = (payload: string) => createHmac("sha256", key).update(payload).digest();
  return {
    sign(claims) {
      const payload = Buffer.from(JSON.stringify({ b: claims.brandId, p: claims.contactId, c: claims.conversationId })).toString("base64url");
      return `${payload}.${mac(payload).toString("base64url")}`;
    },
    verify(token) {
      if (token.length > 512) return null;
      const [payload, signature, extra] = token.split(".");
      if (!payload || !signature || extra !== undefined) return null;
      const given = Buffer.from(signature, "base64url");
      const expected = mac(payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        const parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
        if (typeof parsed.b !== "string" || typeof parsed.p !== "string" || typeof parsed.c !== "string") return null;
        return { brandId: parsed.b, contactId: parsed.p, conversationId: parsed.c };
      } catch {
        return null;
      }
    },
  };
}
