import { expect, test } from "@playwright/test";
import { demo } from "../fixtures/demoLogins.ts";
import { signIn } from "../fixtures/signIn.ts";
import { expectNoSeriousAxeViolations } from "../support/axe.ts";
import { conversationList, openInboxView, workspace } from "../support/inbox.ts";

test("the inbox and the workspace have no serious accessibility violations @inbox", async ({ page }) => {
  // four axe scans of a full page: seconds each when the 2-core machine is busy
  test.setTimeout(60_000);
  await signIn(page, demo.ana.email);
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await openInboxView(page);
    await page.getByRole("button", { name: "Filters" }).click();
    await expectNoSeriousAxeViolations(page);

    await conversationList(page).getByRole("option").first().click();
    await expect(workspace(page).getByRole("log").locator(".timeline__item").first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  }
});
