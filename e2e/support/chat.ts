import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "../fixtures/signIn.ts";

/** An agent signed in, in a browser of their own, with the status set. */
export async function anAgent(browser: Browser, email: string, status: string): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await setStatus(page, status);
  return { page, close: () => context.close() };
}

/** Sets the agent's status from the top bar's menu: "Available", an away reason such as "Lunch", or "Offline". */
export async function setStatus(page: Page, choice: string): Promise<void> {
  await page.getByRole("button", { name: /^Your status/ }).click();
  await page.getByRole("menuitemradio", { name: new RegExp(`^${choice}`) }).click();
  await expect(page.getByRole("button", { name: /^Your status/ })).toHaveAccessibleName(new RegExp(`${choice}$`));
}

/** A customer on a demo brand's site with the chat widget open, in a browser of their own. */
export async function aVisitor(browser: Browser, slug: string, brandName: string): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/demo/${slug}`);
  await page.getByRole("button", { name: new RegExp(`^Chat with ${brandName}`) }).click();
  return { page, close: () => context.close() };
}

/**
 * A customer leaves a message on a demo brand's site, as the widget offers while nobody takes chats there: it
 * becomes an open, unassigned email conversation of the brand, from a contact of that name. Specs that change a
 * conversation make their own this way, so they leave the demo data alone and can run again in any order.
 */
export async function leaveAMessage(browser: Browser, slug: string, brandName: string, message: { name: string; body: string }): Promise<void> {
  const visitor = await aVisitor(browser, slug, brandName);
  const form = visitor.page.getByRole("form", { name: "Leave a message" });
  await form.getByLabel("Your name (optional)").fill(message.name);
  // an address of this name alone: a brand keeps one contact per address, named as it first wrote
  await form.getByLabel("Email").fill(`${message.name.toLowerCase().replace(/\s+/g, ".")}@example.com`);
  await form.getByLabel("Message").fill(message.body);
  await form.getByRole("button", { name: "Send message" }).click();
  await expect(visitor.page.getByText("Thanks, we'll reply by email.")).toBeVisible();
  await visitor.close();
}

/** A name no other run has used, in letters: a long number in text is masked as a card number. */
export function aCustomerName(first: string): string {
  return `${first} ${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 8)}`;
}

export async function startChat(visitor: Page, details: { name?: string; body: string }): Promise<void> {
  const form = visitor.getByRole("form", { name: "Start a chat" });
  if (details.name) await form.getByLabel("Your name").fill(details.name);
  await form.getByLabel("How can we help?").fill(details.body);
  await form.getByRole("button", { name: "Start chat" }).click();
}

/** The visitor ends the chat from the widget's menu, confirming it: their agent's capacity frees up. */
export async function endChat(visitor: Page): Promise<void> {
  await visitor.getByRole("button", { name: "More options" }).click();
  await visitor.getByRole("menuitem", { name: "End chat" }).click();
  await visitor.getByRole("group", { name: "End the chat" }).getByRole("button", { name: "End chat" }).click();
  await expect(transcript(visitor)).toContainText("You ended the chat.");
}

export function transcript(visitor: Page) {
  return visitor.getByRole("log", { name: "Conversation" });
}
