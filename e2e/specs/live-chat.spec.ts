import { expect, test } from "@playwright/test";
import { brandNames, demo } from "../fixtures/demoLogins.ts";
import { signIn } from "../fixtures/signIn.ts";
import { anAgent, aVisitor, endChat, setStatus, startChat, transcript } from "../support/chat.ts";
import { brandIdOf, conversationList, openInboxView, timeline, workspace } from "../support/inbox.ts";

// three to five browsers at once, each signing in: more than the default allows on a busy 2-core machine
test.describe.configure({ timeout: 90_000 });

test("a customer's chat arrives live for two agents; one chats with them both ways, typing shown, and a reload keeps the transcript @chat @inbox", async ({
  browser,
}) => {
  const anaAgent = await anAgent(browser, demo.ana.email, "Lunch");
  const tomAgent = await anAgent(browser, demo.tom.email, "Available");
  const [ana, tom] = [anaAgent.page, tomAgent.page];

  // both watch Lumen Fibre's open conversations, newest first
  const lumen = await brandIdOf(ana, brandNames.lumen);
  for (const agent of [ana, tom]) {
    await openInboxView(agent, `brand=${lumen}&channel=chat`);
    await agent.getByLabel("Sort by").selectOption("newest");
  }

  const visitor = await aVisitor(browser, "lumen-fibre", brandNames.lumen);
  const name = `Vera ${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 6)}`;
  await startChat(visitor.page, { name, body: "My broadband drops every evening" });
  await expect(transcript(visitor.page)).toContainText(`${demo.tom.name} joined the chat`);

  // the new chat appears in both inboxes without a reload, with Tom as its agent
  const anasRow = conversationList(ana).getByRole("option", { name: new RegExp(name) });
  const tomsRow = conversationList(tom).getByRole("option", { name: new RegExp(name) });
  await expect(anasRow).toBeVisible();
  await expect(tomsRow).toBeVisible();
  await expect(anasRow).toContainText(demo.tom.name);

  await tomsRow.click();
  await anasRow.click();
  await expect(timeline(tom)).toContainText("My broadband drops every evening");

  // Tom types: the visitor sees it; he replies: it arrives in the widget
  const composer = workspace(tom).getByRole("textbox", { name: /^Reply/ });
  await composer.pressSequentially("Sorry to hear");
  await expect(visitor.page.getByText(`${demo.tom.name} is typing…`)).toBeVisible();
  await composer.fill("Sorry to hear that! Let me run a line test.");
  await composer.press("Control+Enter");
  await expect(transcript(visitor.page)).toContainText("Sorry to hear that! Let me run a line test.");

  // the visitor types and answers: both agents see it arrive live
  const message = visitor.page.getByRole("textbox", { name: "Message" });
  await message.pressSequentially("It started last week");
  await expect(workspace(tom)).toContainText(`${name} is typing`);
  await message.press("Enter");
  await expect(timeline(tom)).toContainText("It started last week");
  await expect(timeline(ana)).toContainText("It started last week");
  // and the visitor's mark beside it moves on from "Sent": Tom holds the chat (and has it open, so it may be read)
  await expect(transcript(visitor.page).locator(".row.mine").filter({ hasText: "It started last week" })).toContainText(/Delivered|Read/);

  // a reload of the customer's page keeps the chat and its transcript
  await visitor.page.reload();
  await expect(transcript(visitor.page)).toContainText("Sorry to hear that! Let me run a line test.");
  await expect(transcript(visitor.page)).toContainText("It started last week");

  // resolving ends the chat for the visitor, politely
  await workspace(tom).getByRole("button", { name: /^Resolve/ }).click();
  await expect(transcript(visitor.page)).toContainText(`Thanks for contacting ${brandNames.lumen}`);

  await setStatus(tom, "Offline");
  await setStatus(ana, "Offline");
  await visitor.close();
  await tomAgent.close();
  await anaAgent.close();
});

test("with no agent free the visitor waits in line and is assigned when an agent becomes available; capacity holds and an away agent gets nothing @chat", async ({
  browser,
}) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.admin.email);
  await admin.goto("/admin/users");
  const setCapacity = async (who: string, chats: string) => {
    const field = admin.getByRole("spinbutton", { name: `Chats at once for ${who}` });
    await field.fill(chats);
    await admin.getByRole("button", { name: `Save chats at once for ${who}` }).click();
    await expect(admin.getByRole("button", { name: `Save chats at once for ${who}` })).toBeDisabled();
    await expect(field).toHaveValue(chats);
  };
  await setCapacity(demo.tom.name, "1");

  const anaAgent = await anAgent(browser, demo.ana.email, "Meeting");
  const tomAgent = await anAgent(browser, demo.tom.email, "Available");
  const [ana, tom] = [anaAgent.page, tomAgent.page];

  const first = await aVisitor(browser, "lumen-fibre", brandNames.lumen);
  await startChat(first.page, { name: "First Customer", body: "Is there an outage in Leeds?" });
  await expect(transcript(first.page)).toContainText(`${demo.tom.name} joined the chat`);

  // Tom is full and Ana is away: the second customer waits, first in line
  const second = await aVisitor(browser, "lumen-fibre", brandNames.lumen);
  await startChat(second.page, { name: "Second Customer", body: "I need to move my installation date" });
  await expect(second.page.getByText("You are number 1 in line")).toBeVisible();
  await expect(tom.getByRole("button", { name: /^Your status/ })).toHaveAccessibleName(/Available$/);
  await expect(transcript(second.page)).not.toContainText("joined the chat");

  // Ana comes back: the waiting chat is hers at once
  await setStatus(ana, "Available");
  await expect(transcript(second.page)).toContainText(`${demo.ana.name} joined the chat`);
  await expect(transcript(first.page)).not.toContainText(demo.ana.name);

  // both customers end their chats, so that nothing of this test waits in the queue for the next one
  await endChat(first.page);
  await endChat(second.page);
  await setStatus(tom, "Offline");
  await setStatus(ana, "Offline");
  await setCapacity(demo.tom.name, "3");
  await first.close();
  await second.close();
  await tomAgent.close();
  await anaAgent.close();
  await adminContext.close();
});
