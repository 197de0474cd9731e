import { expect, test } from "@playwright/test";
import { brandNames, demo } from "../fixtures/demoLogins.ts";
import { signIn } from "../fixtures/signIn.ts";
import { aCustomerName, leaveAMessage } from "../support/chat.ts";
import { brandIdOf, conversationList, openConversationId, openInboxView, timeline, workspace } from "../support/inbox.ts";

test("two agents on one conversation: presence, assignment and the reply reach the other live @inbox", async ({ browser }) => {
  const anaContext = await browser.newContext();
  const tomContext = await browser.newContext();
  const ana = await anaContext.newPage();
  const tom = await tomContext.newPage();
  await signIn(ana, demo.ana.email);
  await signIn(tom, demo.tom.email);

  // a conversation of this test's own: an email left on Lumen Fibre's site while nobody takes chats there
  const customer = aCustomerName("Casey");
  await leaveAMessage(browser, "lumen-fibre", brandNames.lumen, { name: customer, body: "My line drops every evening" });

  // both work for Lumen Fibre: its unassigned queue is the same for both, the newest on top
  const lumen = await brandIdOf(ana, brandNames.lumen);
  const view = `brand=${lumen}&assignee=unassigned&channel=email`;
  await openInboxView(ana, view);
  await ana.getByLabel("Sort by").selectOption("newest");
  await conversationList(ana).getByRole("option", { name: new RegExp(customer) }).click();
  await expect(workspace(ana)).toBeVisible();
  const conversationId = openConversationId(ana);
  await ana.evaluate(() => Object.assign(window, { __notReloaded: true }));

  await openInboxView(tom, view);
  await tom.getByLabel("Sort by").selectOption("newest");
  const tomsRow = tom.locator(`[id="conversation-row-${conversationId}"]`);
  await expect(tomsRow).toBeVisible();
  await tomsRow.click();
  await expect(workspace(tom)).toBeVisible();
  await tom.evaluate(() => Object.assign(window, { __notReloaded: true }));

  // collision: each sees the other
  await expect(workspace(ana).getByRole("status").filter({ hasText: `${demo.tom.name} is viewing` })).toBeVisible();
  await expect(workspace(tom).getByRole("status").filter({ hasText: `${demo.ana.name} is viewing` })).toBeVisible();

  // Ana takes it: Tom's header, timeline and queue follow without a reload
  await workspace(ana).getByRole("button", { name: "Assign to me" }).click();
  await expect(workspace(ana).getByRole("button", { name: "Assign to me" })).toHaveCount(0);
  await expect(workspace(tom).locator(".workspace-header__facts")).toContainText(demo.ana.name);
  await expect(timeline(tom)).toContainText(`${demo.ana.name} took the conversation`);
  await expect(tomsRow).toHaveCount(0);

  // Ana replies; the typing indicator and then the reply reach Tom
  // letters, not digits: a long number in a message is masked as a card number
  const reply = `We are on it, checking your line now (${Math.random().toString(36).replace(/[^a-z]/g, "")}).`;
  const composer = workspace(ana).getByRole("textbox", { name: /^Reply/ });
  await composer.fill(reply);
  await composer.press("Control+Enter");
  await expect(timeline(ana).getByText(reply)).toBeVisible();
  await expect(timeline(ana)).not.toContainText("Sending…");
  await expect(timeline(tom).getByText(reply)).toBeVisible();
  await expect(composer).toHaveValue("");

  expect(await ana.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
  expect(await tom.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded)).toBe(true);

  // Tom leaves: Ana stops seeing him
  await tom.getByRole("button", { name: "Back to list" }).click();
  await expect(workspace(ana).getByRole("status").filter({ hasText: demo.tom.name })).toHaveCount(0);

  await anaContext.close();
  await tomContext.close();
});
