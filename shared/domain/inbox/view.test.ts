import { describe, expect, it } from "vitest";
import type { BrandId, UserId } from "../../schemas/ids.ts";
import { ALL_OPEN, brandSideBarView, inView, sideBarViews, type ViewFields, type ViewFilter } from "./view.ts";

const ME = "0190a5b2-7c3e-7000-8000-0000000000a1" as UserId;
const TEAMMATE = "0190a5b2-7c3e-7000-8000-0000000000a2" as UserId;
const LUMEN = "0190a5b2-7c3e-7000-8000-0000000000b1" as BrandId;
const HARBOR = "0190a5b2-7c3e-7000-8000-0000000000b2" as BrandId;

const conversation = (overrides: Partial<ViewFields> = {}): ViewFields =>
  ({ brandId: LUMEN, channel: "email", status: "open", assigneeId: null, tags: [], ...overrides }) as ViewFields;
const filter = (overrides: Partial<ViewFilter>): ViewFilter => ({ ...ALL_OPEN, ...overrides });

describe("inView", () => {
  it.each<[name: string, fields: Partial<ViewFields>, view: Partial<ViewFilter>, holds: boolean]>([
    ["an open one in the default view", {}, {}, true],
    ["a pending one in the default view", { status: "pending" }, {}, false],
    ["any status when none is named", { status: "resolved" }, { statuses: [] }, true],
    ["one of several statuses", { status: "snoozed" }, { statuses: ["pending", "snoozed"] }, true],
    ["a named brand", { brandId: HARBOR }, { brandIds: [HARBOR] }, true],
    ["another brand", { brandId: LUMEN }, { brandIds: [HARBOR] }, false],
    ["a named channel", { channel: "phone" }, { channels: ["chat", "phone"] }, true],
    ["another channel", { channel: "email" }, { channels: ["chat"] }, false],
    ["mine, assigned to me", { assigneeId: ME }, { assignee: "me" }, true],
    ["mine, assigned to a teammate", { assigneeId: TEAMMATE }, { assignee: "me" }, false],
    ["unassigned, with nobody", {}, { assignee: "unassigned" }, true],
    ["unassigned, with me", { assigneeId: ME }, { assignee: "unassigned" }, false],
    ["a teammate's, with them", { assigneeId: TEAMMATE }, { assignee: TEAMMATE }, true],
    ["a teammate's, with nobody", {}, { assignee: TEAMMATE }, false],
    ["any one of the tags", { tags: ["billing"] }, { tags: ["vip", "billing"] }, true],
    ["none of the tags", { tags: ["billing"] }, { tags: ["vip"] }, false],
    ["no tags against a tag view", {}, { tags: ["vip"] }, false],
  ])("%s: %s", (_name, fields, view, holds) => {
    expect(inView(conversation(fields), filter(view), ME)).toBe(holds);
  });
});

describe("side bar views", () => {
  const counts = { mine: 1, unassigned: 2, allOpen: 3, pendingOrSnoozed: 4, resolved: 5, byBrand: { [LUMEN]: 6 }, byChannel: { chat: 7, email: 8, phone: 9 } };
  const views = sideBarViews();

  it.each<[key: string, holds: Partial<ViewFields>, figure: number]>([
    ["mine", { assigneeId: ME }, 1],
    ["unassigned", { assigneeId: null }, 2],
    ["all", { assigneeId: TEAMMATE }, 3],
    ["channel-chat", { channel: "chat" }, 7],
    ["channel-phone", { channel: "phone" }, 9],
    ["pending", { status: "snoozed" }, 4],
    ["resolved", { status: "resolved" }, 5],
  ])("%s holds what it names and shows its count", (key, fields, figure) => {
    const view = [...views.queues, ...views.channels, ...views.later].find((v) => v.key === key);
    expect(view && inView(conversation(fields), view.filter, ME)).toBe(true);
    expect(view?.count(counts)).toBe(figure);
  });

  it("counts only open conversations under a channel or a brand", () => {
    const chat = views.channels.find((v) => v.key === "channel-chat");
    expect(chat && inView(conversation({ channel: "chat", status: "pending" }), chat.filter, ME)).toBe(false);
    const lumen = brandSideBarView(LUMEN);
    expect(inView(conversation({ status: "resolved" }), lumen.filter, ME)).toBe(false);
    expect(inView(conversation(), lumen.filter, ME)).toBe(true);
    expect(lumen.count(counts)).toBe(6);
    expect(brandSideBarView(HARBOR).count(counts)).toBeUndefined();
  });
});
