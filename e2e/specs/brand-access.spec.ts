import { expect, test } from "@playwright/test";
import { brandNames, demo } from "../fixtures/demoLogins.ts";
import { brandSidebar, signIn } from "../fixtures/signIn.ts";
import { expectNoSeriousAxeViolations } from "../support/axe.ts";

test("an admin removes a brand from a signed-in agent, whose side bar loses it without a reload @access", async ({ browser }) => {
  const anaContext = await browser.newContext();
  const adminContext = await browser.newContext();
  const ana = await anaContext.newPage();
  const admin = await adminContext.newPage();

  await signIn(ana, demo.ana.email);
  const anaBrands = brandSidebar(ana);
  await expect(anaBrands.getByText(brandNames.threadline, { exact: true })).toBeVisible();
  // survives only as long as the page is not reloaded
  await ana.evaluate(() => Object.assign(window, { __notReloaded: true }));

  await signIn(admin, demo.admin.email);
  await admin.getByRole("link", { name: "Users", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expectNoSeriousAxeViolations(admin);

  const anaRow = admin.getByRole("row").filter({ hasText: demo.ana.email });
  await anaRow.getByRole("button", { name: `Remove ${brandNames.threadline} from ${demo.ana.name}` }).click();
  await expect(anaRow.getByRole("button", { name: `Remove ${brandNames.threadline} from ${demo.ana.name}` })).toHaveCount(0);

  await expect(anaBrands.getByText(brandNames.threadline, { exact: true })).toHaveCount(0);
  await expect(anaBrands.getByText(brandNames.lumen, { exact: true })).toBeVisible();
  await expect(ana.getByRole("heading", { level: 2, name: brandNames.threadline })).toHaveCount(0);
  expect(await ana.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded)).toBe(true);

  // give it back, which the other specs rely on, and which must also reach Ana live
  await anaRow.getByLabel(`Brand to grant ${demo.ana.name}`).selectOption({ label: brandNames.threadline });
  await anaRow.getByRole("button", { name: `Grant brand to ${demo.ana.name}` }).click();
  await expect(anaRow.getByRole("button", { name: `Remove ${brandNames.threadline} from ${demo.ana.name}` })).toBeVisible();
  await expect(anaBrands.getByText(brandNames.threadline, { exact: true })).toBeVisible();

  await anaContext.close();
  await adminContext.close();
});
