import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../app/logger.ts";
import { createStaticFiles } from "./staticFiles.ts";

/** The console's folder as a build leaves it, served the way the router serves it. */
describe("static files of the console, rebuilt under a running server", () => {
  let dir: string;
  let server: Server;
  let url: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "sb-static-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>first build</title>");
    writeFileSync(join(dir, "assets", "app-1111.js"), "console.log(1)");
    const serve = createStaticFiles(dir, createLogger("silent"))!;
    server = createServer((req, res) =>
      serve(req, res, () => {
        res.statusCode = 404;
        res.end("not found");
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const rebuild = () => {
    rmSync(join(dir, "assets"), { recursive: true });
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "assets", "app-2222.js"), "console.log('second build, longer')");
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>second build, with a longer title</title>");
  };

  it("serves the build, with client routes falling back to index.html", async () => {
    expect(await (await fetch(`${url}/assets/app-1111.js`)).text()).toBe("console.log(1)");
    expect(await (await fetch(`${url}/inbox/some-conversation`)).text()).toContain("first build");
  });

  it("answers 404 for a file the rebuild removed, and serves what it added, whole", async () => {
    expect((await fetch(`${url}/assets/app-1111.js`)).status).toBe(200);
    rebuild();
    expect((await fetch(`${url}/assets/app-1111.js`)).status).toBe(404);
    const added = await fetch(`${url}/assets/app-2222.js`);
    expect([added.status, await added.text()]).toEqual([200, "console.log('second build, longer')"]);
    expect(await (await fetch(`${url}/`)).text()).toBe("<!doctype html><title>second build, with a longer title</title>");
  });

  it.each(["bytes=5-2", "bytes=0-99999999999999999999", "bytes=99999-", "bytes=abc"])("answers Range %s with the whole file", async (range) => {
    const response = await fetch(`${url}/assets/app-1111.js`, { headers: { range } });
    expect([response.status, await response.text()]).toEqual([200, "console.log(1)"]);
  });

  it.skipIf(process.platform !== "linux")("cuts the answer short, and goes on serving, when a file fails while it is read", async () => {
    // reading /proc/self/mem from its start fails with EIO: a file that is there at the look-up and not at the read
    symlinkSync("/proc/self/mem", join(dir, "assets", "unreadable.js"));
    await expect(fetch(`${url}/assets/unreadable.js`).then((r) => r.text())).rejects.toThrow();
    expect((await fetch(`${url}/assets/app-1111.js`)).status).toBe(200);
  });
});
