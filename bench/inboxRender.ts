/**
 * inbox.first_render_ms and inbox.filter_ms: the built console in Chromium against a real server process, on an
 * embedded database holding one agent's 10,000 open conversations (bench/inboxRenderSeed.ts). It serves
 * dist/client, so the console must be built first, as run.ts does. Times are read in the page with
 * performance.now(), whose zero is the navigation's start; "on screen" is the end of the frame that first holds
 * the rows. Scripts for the page are strings: tsx would wrap functions in helpers the page does not have.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";
import { inboxHref, inboxViews, type InboxView } from "../client/features/inbox/filter.ts";
import { startServerProcess, type ServerProcess } from "../server/testing/serverProcess.ts";
import { judge, type Figure } from "./budgets.ts";
import { seedInboxRender, type BenchLogin } from "./inboxRenderSeed.ts";
import { percentile, report } from "./stats.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FIRST_RENDER_RUNS = 10;
/** Rounds of view changes, each on a freshly loaded page whose query cache knows only All open. */
const FILTER_ROUNDS = 3;
/** In the page: a list that is not on screen by then never will be. */
const LOAD_TIMEOUT_MS = 15_000;
const CHANGE_TIMEOUT_MS = 5_000;

// resolves after the frame has run: a task queued from an animation frame callback runs once that frame is done
const AFTER_FRAME = "new Promise((done) => requestAnimationFrame(() => setTimeout(done)))";

/**
 * Installed before the console's own scripts on every load: window.__firstRows resolves with when the first rows
 * were in the DOM and on screen. A promise, not a flag to poll: the console's CSP forbids the eval that polling uses.
 */
const FIRST_ROWS_PROBE = `window.__firstRows = new Promise((resolve, reject) => {
  const timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error("no rows on screen ${LOAD_TIMEOUT_MS} ms after navigation"));
  }, ${LOAD_TIMEOUT_MS});
  const observer = new MutationObserver(() => {
    if (document.querySelector("[role=listbox] [role=option]") === null) return;
    observer.disconnect();
    clearTimeout(timer);
    const insertedAt = performance.now();
    ${AFTER_FRAME}.then(() => resolve({ insertedAt, paintedAt: performance.now() }));
  });
  observer.observe(document, { childList: true, subtree: true });
});`;

export async function inboxRenderFigures(): Promise<Figure[]> {
  process.stdout.write("inbox in Chromium against a server process, 10,000 open conversations:\n");
  if (!existsSync(`${ROOT}dist/client/index.html`)) return notMeasured("the console is not built (npx vite build)");
  const dir = mkdtempSync(join(tmpdir(), "switchboard-inbox-render-bench-"));
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  try {
    // the server keeps its embedded database in DATA_DIR/pglite (server/app/database.ts)
    const login = await seedInboxRender(join(dir, "pglite"), new Date());
    server = await startServerProcess({ DATA_DIR: dir, SEED: "0" });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const page = await browser.newPage();
    await page.addInitScript({ content: FIRST_ROWS_PROBE });
    await signIn(page, server.url, login);
    const url = server.url;
    return [
      ...(await attempt("inbox.first_render_ms", () => measureFirstRender(page, url))),
      ...(await attempt("inbox.filter_ms", () => measureFilterChanges(page, url))),
    ];
  } catch (error) {
    return notMeasured((error as Error).message);
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The console keeps its session hint from the sign-in form; a cookie alone would not reopen the socket. */
async function signIn(page: Page, url: string, login: BenchLogin): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("Email").fill(login.email);
  await page.getByLabel("Password").fill(login.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("banner").waitFor();
}

/** Loads All open and resolves with the probe's times, in ms from the navigation's start. */
async function loadInbox(page: Page, url: string): Promise<{ insertedAt: number; paintedAt: number }> {
  await page.goto(`${url}/inbox`);
  return (await page.evaluate("window.__firstRows")) as { insertedAt: number; paintedAt: number };
}

/** Median of navigations to All open, after one that fills the browser's cache and warms the server. */
async function measureFirstRender(page: Page, url: string): Promise<number> {
  await loadInbox(page, url);
  const runs: { insertedAt: number; paintedAt: number }[] = [];
  for (let i = 0; i < FIRST_RENDER_RUNS; i++) runs.push(await loadInbox(page, url));
  report("navigation → first rows in the DOM", runs.map((r) => r.insertedAt));
  report("navigation → first rows on screen", runs.map((r) => r.paintedAt));
  process.stdout.write("    inbox.first_render_ms is the median on screen\n");
  return percentile(runs.map((r) => r.paintedAt), 0.5);
}

/**
 * Median of side bar view changes whose list the console has not loaded yet, so each waits for the server's first
 * page over the socket; changes back to a view already loaded are reported beside it. The first round warms up.
 */
async function measureFilterChanges(page: Page, url: string): Promise<number> {
  const { queues, channels, later } = inboxViews();
  const allOpen = queues.find((view) => view.key === "all")!;
  // every view differs from the one before it and All open, where each round starts, comes last
  const walk = [...channels, ...queues.filter((view) => view !== allOpen), ...later, allOpen];
  const fresh: number[] = [];
  const cached: number[] = [];
  for (let round = 0; round <= FILTER_ROUNDS; round++) {
    await loadInbox(page, url);
    for (const pass of [0, 1]) {
      for (const view of walk) {
        const ms = await changeView(page, view);
        if (round > 0) (pass === 0 && view !== allOpen ? fresh : cached).push(ms);
      }
    }
  }
  report("view change, list not loaded yet", fresh);
  report("view change, list loaded before", cached);
  process.stdout.write("    inbox.filter_ms is the median of changes to a view not loaded yet\n");
  return percentile(fresh, 0.5);
}

/** Clicks the view's side bar link and resolves with the ms until its list, a new listbox named for it, is on screen. */
async function changeView(page: Page, view: InboxView): Promise<number> {
  const selector = `nav[aria-label="Inbox views"] a[href="${inboxHref(view.filter)}"]`;
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const link = document.querySelector(${JSON.stringify(selector)});
    if (link === null) return reject(new Error(${JSON.stringify(`no side bar link ${selector}`)}));
    const before = document.querySelector("[role=listbox]");
    const updated = () => {
      const list = document.querySelector("[role=listbox]");
      return list !== null && list !== before && list.getAttribute("aria-label") === ${JSON.stringify(view.label)} && list.querySelector("[role=option]") !== null;
    };
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(${JSON.stringify(`the list of ${view.label} was not on screen within ${CHANGE_TIMEOUT_MS} ms`)}));
    }, ${CHANGE_TIMEOUT_MS});
    const observer = new MutationObserver(() => {
      if (!updated()) return;
      observer.disconnect();
      clearTimeout(timer);
      ${AFTER_FRAME}.then(() => resolve(performance.now() - started));
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-label"] });
    const started = performance.now();
    link.click();
  })`)) as number;
}

async function attempt(name: string, measure: () => Promise<number>): Promise<Figure[]> {
  try {
    return [judge(name, await measure())];
  } catch (error) {
    process.stdout.write(`    ${name} not measured: ${(error as Error).message}\n`);
    return [];
  }
}

function notMeasured(reason: string): Figure[] {
  process.stdout.write(`    inbox.first_render_ms and inbox.filter_ms not measured: ${reason}\n`);
  return [];
}
