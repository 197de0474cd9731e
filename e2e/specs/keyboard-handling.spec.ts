import { expect, test } from "@playwright/test";
import { brandNames, demo } from "../fixtures/demoLogins.ts";
import { signIn } from "../fixtures/signIn.ts";
import { aCustomerName, leaveAMessage } from "../support/chat.ts";
import { brandIdOf, conversationList, openConversationId, openInboxView, timeline, workspace } from "../support/inbox.ts";

test("an agent handles a conversation from open to resolved with the keyboard only @inbox", async ({ page, browser }) => {
  // a conversation of this test's own: an email left on Lumen Fibre's site while nobody takes chats there
  const customer = aCustomerName("Robin");
  await leaveAMessage(browser, "lumen-fibre", brandNames.lumen, { name: customer, body: "Can someone call me about my bill?" });
  await signIn(page, demo.ana.email);
  const lumen = await brandIdOf(page, brandNames.lumen);
  await openInboxView(page, `brand=${lumen}&assignee=unassigned&channel=email`);
  await page.getByLabel("Sort by").selectOption("newest");
  const first = conversationList(page).getByRole("option").first();
  await expect(first).toContainText(customer);
  // start from nowhere in particular: the page, not the list
  await page.locator("body").focus();

  await page.keyboard.press("j");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(workspace(page)).toBeVisible();
  const conversationId = openConversationId(page);

  // a: assign to herself through the picker
  await page.keyboard.press("a");
  const picker = page.getByRole("dialog", { name: "Assign the conversation" });
  await expect(picker).toBeVisible();
  await page.keyboard.type("Ana");
  await page.keyboard.press("Enter");
  await expect(picker).toBeHidden();
  await expect(page.locator(".workspace-header__facts")).toContainText(demo.ana.name);

  // n: an internal note, sent with Ctrl+Enter
  await page.keyboard.press("n");
  // letters, not digits: a long number in a message is masked as a card number
  const note = `Checked the line test first (${Math.random().toString(36).replace(/[^a-z]/g, "")}).`;
  await expect(page.getByRole("textbox", { name: /^Internal note/ })).toBeFocused();
  await page.keyboard.type(note);
  await page.keyboard.press("Control+Enter");
  await expect(timeline(page).locator(".entry--note").filter({ hasText: note })).toBeVisible();

  // r: a reply, with a canned reply from "/" filled in for this customer and brand
  await page.keyboard.press("Escape");
  await page.keyboard.press("r");
  const composer = page.getByRole("textbox", { name: /^Reply/ });
  await expect(composer).toBeFocused();
  await page.keyboard.type("/");
  const canned = page.getByRole("dialog", { name: /Canned replies/ });
  await expect(canned).toBeVisible();
  await page.keyboard.type("greet");
  await page.keyboard.press("Enter");
  await expect(canned).toBeHidden();
  await expect(composer).toHaveValue(/thanks for getting in touch with Lumen Fibre\. I'm Ana Souza/);
  await expect(composer).not.toHaveValue(/\{\{/);
  await page.keyboard.press("Control+Enter");
  await expect(timeline(page).locator(".entry--outbound").filter({ hasText: "I'm Ana Souza" })).toBeVisible();

  // e: resolve, then Escape back to the list, where it has left the open view
  await page.keyboard.press("Escape");
  await page.keyboard.press("e");
  await expect(page.locator(".workspace-header__facts")).toContainText("Resolved");
  await expect(timeline(page)).toContainText(`${demo.ana.name} resolved the conversation`);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/inbox\?/);
  await expect(page.locator(`[id="conversation-row-${conversationId}"]`)).toHaveCount(0);
  await expect(conversationList(page)).toBeFocused();

  // ?: every shortcut, in a dialog that Escape closes
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Snooze");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // g i: the inbox from anywhere
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Your brands" })).toBeVisible();
  await page.keyboard.press("g");
  await page.keyboard.press("i");
  await expect(page).toHaveURL(/\/inbox$/);
});
