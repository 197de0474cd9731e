/** Where to go after signing in: only a path on this site, never the sign-in page itself. */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next === "/sign-in" || next.startsWith("/sign-in?")) return "/";
  return next;
}

export function signInHref(currentPath: string, keepPlace: boolean): string {
  const next = safeNextPath(currentPath);
  return keepPlace && next !== "/" ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in";
}
