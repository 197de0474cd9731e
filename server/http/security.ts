import type { IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";

// no inline script or style anywhere: the console and widget are files, Solid sets styles through the CSSOM
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
}

export interface OriginPolicy {
  trustProxy: boolean;
}

/** The origin the browser used to reach us; behind a TLS proxy, from X-Forwarded-Proto when trusted. */
export function ownOrigin(req: IncomingMessage, policy: OriginPolicy): string {
  return `${requestProtocol(req, policy)}://${req.headers.host ?? ""}`;
}

export function requestProtocol(req: IncomingMessage, policy: OriginPolicy): "http" | "https" {
  const forwarded = policy.trustProxy ? String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim() : "";
  if (forwarded === "https" || forwarded === "http") return forwarded;
  return (req.socket as { encrypted?: boolean }).encrypted ? "https" : "http";
}

/**
 * Browsers send Origin on every cross-site request and on WebSocket handshakes; a request that carries one
 * must come from our own origin. No Origin means a same-origin navigation or a non-browser client, which
 * cannot ride on a victim's cookies.
 */
export function originAllowed(req: IncomingMessage, policy: OriginPolicy): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === ownOrigin(req, policy);
}

export function clientAddress(req: IncomingMessage, policy: OriginPolicy): string {
  const forwarded = policy.trustProxy ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0]?.trim() : "";
  // the header is text a client can write, and the address is kept with sessions and audits: only an address counts
  if (forwarded && isIP(forwarded) !== 0) return forwarded;
  return req.socket.remoteAddress || "unknown";
}
