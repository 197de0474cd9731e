import { expect, type Page } from "@playwright/test";

/** The inbox at a view given as search params (e.g. "assignee=unassigned"), once its list is on screen. */
export async function openInboxView(page: Page, search = ""): Promise<void> {
  await page.goto(`/inbox${search ? `?${search}` : ""}`);
  await expect(conversationList(page).getByRole("option").first()).toBeVisible();
}

export function conversationList(page: Page) {
  return page.getByRole("listbox").first();
}

/** The open conversation's workspace. */
export function workspace(page: Page) {
  return page.getByRole("article");
}

export function timeline(page: Page) {
  return page.getByRole("log");
}

/** The id of the conversation open in the address bar. */
export function openConversationId(page: Page): string {
  const id = new URL(page.url()).pathname.match(/^\/inbox\/c\/([^/]+)/)?.[1];
  if (!id) throw new Error(`no conversation open at ${page.url()}`);
  return id;
}

/** The brand id of a brand by name, read from its inbox link in the side bar. */
export async function brandIdOf(page: Page, brandName: string): Promise<string> {
  const href = await page.getByRole("complementary", { name: "Your brands" }).getByRole("link", { name: new RegExp(brandName) }).getAttribute("href");
  const id = href && new URL(href, "http://x").searchParams.get("brand");
  if (!id) throw new Error(`no inbox link for ${brandName}`);
  return id;
}
