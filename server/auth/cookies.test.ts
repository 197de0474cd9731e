import { describe, expect, it } from "vitest";
import { SESSION_COOKIE, clearedSessionCookie, readCookie, sessionCookie } from "./cookies.ts";

describe("readCookie", () => {
  it.each<[string, string | undefined, string | null]>([
    ["no header", undefined, null],
    ["an empty header", "", null],
    ["the cookie alone", "sb_session=abc-DEF_123", "abc-DEF_123"],
    ["among others, with spaces", "theme=dark;  sb_session=abc ; lang=en", "abc"],
    ["percent-encoded", "sb_session=a%20b%3Bc", "a b;c"],
    ["a broken percent-encoding is no cookie", "sb_session=%E0%A4%A", null],
    ["a lone percent sign is no cookie", "sb_session=%", null],
    ["an empty value is no cookie", "sb_session=", null],
    ["a name without a value", "sb_session", null],
    ["repeated: the first wins", "sb_session=first; sb_session=second", "first"],
    ["repeated after a broken one: the first that decodes wins", "sb_session=%E0; sb_session=second", "second"],
    ["a longer name that starts alike", "sb_session_old=stale", null],
    ["unicode", "sb_session=ünïcødé", "ünïcødé"],
    ["10 KB", `sb_session=${"a".repeat(10_240)}`, "a".repeat(10_240)],
    ["only separators", ";;;=;=", null],
  ])("%s", (_, header, expected) => {
    expect(readCookie(header, SESSION_COOKIE)).toBe(expected);
  });

  it("never throws, whatever the header holds", () => {
    const headers = ["%", "=%", "sb_session=%%", "sb_session=%ZZ", "\u0000=\u0000", "sb_session=%uD800", "sb_session=%ED%A0%80"];
    for (const header of headers) expect(() => readCookie(header, SESSION_COOKIE)).not.toThrow();
  });
});

describe("sessionCookie", () => {
  it("is HttpOnly, SameSite=Lax on the whole site, and says how long it lives", () => {
    const cookie = sessionCookie("tok_en-1", { secure: false, maxAgeSeconds: 3600 });
    expect(cookie.split("; ")).toEqual(expect.arrayContaining(["sb_session=tok_en-1", "Max-Age=3600", "Path=/", "HttpOnly", "SameSite=Lax"]));
    expect(cookie).toMatch(/^sb_session=tok_en-1;/);
    expect(cookie).not.toContain("Secure");
  });

  it("is Secure over HTTPS", () => {
    expect(sessionCookie("t", { secure: true, maxAgeSeconds: 60 }).split("; ")).toContain("Secure");
  });

  it("encodes what it writes so that reading it back gives the same token", () => {
    const token = "a b;c=d%é";
    const pair = sessionCookie(token, { secure: false, maxAgeSeconds: 60 }).split("; ")[0];
    expect(readCookie(pair, SESSION_COOKIE)).toBe(token);
  });

  it("clears with an empty value that expires now", () => {
    const cookie = clearedSessionCookie(false);
    expect(cookie).toMatch(/^sb_session=;/);
    expect(cookie.split("; ")).toContain("Max-Age=0");
  });
});
