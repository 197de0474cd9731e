import { describe, expect, it } from "vitest";
import { requestPath } from "./router.ts";

describe("requestPath", () => {
  it.each<[string, string | null]>([
    ["/", "/"],
    ["/healthz?x=1#y", "/healthz"],
    ["/demo/lumen-fibre", "/demo/lumen-fibre"],
    ["/%E0%A4%A", "/%E0%A4%A"],
    ["/..%2f..%2fetc/passwd", "/..%2f..%2fetc/passwd"],
    ["/../../etc/passwd", "/etc/passwd"],
    // origin-form starting with "//" stays a path: the URL parser alone reads a host there, and throws on "//"
    ["//", "//"],
    ["///", "///"],
    ["//healthz", "//healthz"],
    ["//[", "//["],
    ["http://127.0.0.1/healthz?x", "/healthz"],
    ["*", null],
    ["http://[::1/", null],
    ["", null],
  ])("%j is %j", (target, path) => {
    expect(requestPath(target)).toBe(path);
  });
});
