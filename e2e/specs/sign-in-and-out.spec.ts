import { expect, test } from "@playwright/test";
import { brandNames, demo } from "../fixtures/demoLogins.ts";
import { brandSidebar, connectionStatus, signIn } from "../fixtures/signIn.ts";
import { expectNoSeriousAxeViolations } from "../support/axe.ts";

test("a wrong password shows the server's message @auth", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demo.ana.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an agent sees their own brands, connected, and nobody else's @auth", async ({ page }) => {
  await signIn(page, demo.ana.email);

  await expect(page.getByRole("banner")).toContainText(demo.ana.name);
  await expect(page.getByRole("banner")).toContainText("Agent");
  await expect(connectionStatus(page)).toHaveText("Connected");
  const sidebar = brandSidebar(page);
  await expect(sidebar.getByText(brandNames.lumen, { exact: true })).toBeVisible();
  await expect(sidebar.getByText(brandNames.threadline, { exact: true })).toBeVisible();
  await expect(page.getByText(brandNames.harbor)).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: brandNames.lumen })).toBeVisible();
});

test("signing out returns to sign-in, and a reload stays there @auth", async ({ page }) => {
  await signIn(page, demo.ana.email);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("status")).toHaveText("You have signed out.");

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("a page asked for before signing in opens after it @auth", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await page.getByLabel("Email").fill(demo.admin.email);
  await page.getByLabel("Password").fill("demo1234");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
});

test("sign-in and the console shell have no serious accessibility violations @auth", async ({ page }) => {
  // four axe scans of a full page: seconds each when the 2-core machine is busy
  test.setTimeout(60_000);
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await signIn(page, demo.ana.email);
    await expect(page.getByRole("heading", { level: 1, name: "Your brands" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  }
});

test("the console follows the system theme until the agent picks one, then remembers it @auth", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, demo.tom.email);
  const html = page.locator("html");
  const darkTheme = page.getByRole("button", { name: "Dark theme" });
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(darkTheme).toHaveAttribute("aria-pressed", "true");

  await darkTheme.click();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(darkTheme).toHaveAttribute("aria-pressed", "false");
  await expect(html).toHaveAttribute("data-theme", "light");
});
