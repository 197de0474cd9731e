/**
 * The session cookie on the wire, parsed and written by the `cookie` package. The header comes from anyone:
 * whatever it holds, reading it never throws, and a value that is not valid percent-encoding is no cookie.
 */
import { parseCookie, stringifySetCookie } from "cookie";

export const SESSION_COOKIE = "sb_session";

/** Undefined drops the pair: the package's own decoder would hand back the raw, undecodable text instead. */
function strictDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** The named cookie's value; null when it is absent, empty or not decodable. A repeated name: the first that decodes wins. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  return parseCookie(header, { decode: strictDecode })[name] || null;
}

export function sessionCookie(token: string, options: { secure: boolean; maxAgeSeconds: number }): string {
  return stringifySetCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    maxAge: options.maxAgeSeconds,
    secure: options.secure,
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie("", { secure, maxAgeSeconds: 0 });
}
