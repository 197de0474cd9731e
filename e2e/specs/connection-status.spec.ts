import { expect, test } from "@playwright/test";
import { demo } from "../fixtures/demoLogins.ts";
import { connectionStatus, signIn } from "../fixtures/signIn.ts";

test("the connection indicator says Offline while the network is gone, and Connected when it is back @offline", async ({ page, context }) => {
  await signIn(page, demo.tom.email);

  await context.setOffline(true);
  await expect(connectionStatus(page)).toHaveText("Offline");

  await context.setOffline(false);
  await expect(connectionStatus(page)).toHaveText("Connected", { timeout: 15_000 });
});
