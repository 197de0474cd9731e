import { describe, expect, it } from "vitest";
import { parseAttentionSettings, titleWithCount, unreadCount } from "./attention.ts";

describe("settings", () => {
  it.each([
    [null, { sound: true, desktop: true }],
    ['{"sound":false}', { sound: false, desktop: true }],
    ['{"sound":true,"desktop":false}', { sound: true, desktop: false }],
    ["not json", { sound: true, desktop: true }],
  ])("%s", (raw, expected) => {
    expect(parseAttentionSettings(raw)).toEqual(expected);
  });
});

describe("the tab title", () => {
  it("counts unread rows", () => {
    expect(unreadCount([{ lastSeq: 3, lastReadSeq: 3 }, { lastSeq: 4, lastReadSeq: 2 }, { lastSeq: 1, lastReadSeq: 0 }])).toBe(2);
  });
  it("shows a count only when there is one", () => {
    expect(titleWithCount(2, "Inbox · Switchboard")).toBe("(2) Inbox · Switchboard");
    expect(titleWithCount(0, "Switchboard")).toBe("Switchboard");
  });
});
