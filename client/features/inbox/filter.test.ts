import { describe, expect, it } from "vitest";
import { ids } from "../../../shared/testing/builders.ts";
import { DEFAULT_FILTER, describeFilter, filterFromParams, inboxHref, paramsFromFilter, sameFilter, type ViewFilter } from "./filter.ts";

const mine = [ids.lumen, ids.threadline];

describe("filterFromParams", () => {
  it("gives the default view (open, anything) for an empty address", () => {
    expect(filterFromParams({}, mine)).toEqual(DEFAULT_FILTER);
  });

  it("reads every dimension, sorted and without repeats", () => {
    const filter = filterFromParams(
      { brand: `${ids.threadline},${ids.lumen},${ids.lumen}`, channel: "email,chat", status: "snoozed,pending", assignee: "me", tag: "Billing,outage" },
      mine,
    );
    expect(filter).toEqual({
      brandIds: [ids.lumen, ids.threadline],
      channels: ["chat", "email"],
      statuses: ["pending", "snoozed"],
      assignee: "me",
      tags: ["billing", "outage"],
    });
  });

  it("drops a brand the agent does not work for, and values it does not know", () => {
    const stranger = "0190a5b2-7c3e-7000-8000-0000000000ff";
    const filter = filterFromParams({ brand: `${stranger},${ids.lumen}`, channel: "fax,chat", assignee: "everyone" }, mine);
    expect(filter.brandIds).toEqual([ids.lumen]);
    expect(filter.channels).toEqual(["chat"]);
    expect(filter.assignee).toBe("any");
  });

  it("reads status=any as every status", () => {
    expect(filterFromParams({ status: "any" }, mine).statuses).toEqual([]);
  });

  it("accepts a teammate's id as assignee", () => {
    expect(filterFromParams({ assignee: ids.tom }, mine).assignee).toBe(ids.tom);
  });
});

describe("the address of a filter", () => {
  const filters: ViewFilter[] = [
    DEFAULT_FILTER,
    { ...DEFAULT_FILTER, statuses: [] },
    { brandIds: [ids.lumen], channels: ["email", "phone"], statuses: ["resolved"], assignee: "unassigned", tags: ["vip"] },
  ];
  it.each(filters)("reads back as the same filter: %j", (filter) => {
    const params = Object.fromEntries(Object.entries(paramsFromFilter(filter)).filter(([, v]) => v !== undefined)) as Record<string, string>;
    expect(filterFromParams(params, mine)).toEqual(filter);
  });

  it("is short for the default view, and readable for others", () => {
    expect(inboxHref(DEFAULT_FILTER)).toBe("/inbox");
    expect(inboxHref({ ...DEFAULT_FILTER, channels: ["chat", "email"], assignee: "me" }, " router ")).toBe(
      "/inbox?channel=chat,email&assignee=me&q=router",
    );
    expect(inboxHref(DEFAULT_FILTER, "", "abc")).toBe("/inbox/c/abc");
  });

  it("compares filters by what they select", () => {
    expect(sameFilter(DEFAULT_FILTER, { ...DEFAULT_FILTER })).toBe(true);
    expect(sameFilter(DEFAULT_FILTER, { ...DEFAULT_FILTER, assignee: "me" })).toBe(false);
  });
});

describe("describeFilter", () => {
  const names: Record<string, string> = { [ids.lumen]: "Lumen Fibre" };
  const name = (id: string) => names[id];
  it.each([
    [DEFAULT_FILTER, "All open"],
    [{ ...DEFAULT_FILTER, assignee: "me" }, "Mine"],
    [{ ...DEFAULT_FILTER, statuses: ["pending", "snoozed"] }, "Pending & snoozed"],
    [{ ...DEFAULT_FILTER, brandIds: [ids.lumen] }, "Lumen Fibre"],
    [{ ...DEFAULT_FILTER, brandIds: [ids.lumen], assignee: "unassigned" }, "Lumen Fibre · Unassigned"],
    [{ ...DEFAULT_FILTER, channels: ["email"], statuses: ["resolved"], tags: ["vip"] }, "Email · Resolved · #vip"],
    [{ ...DEFAULT_FILTER, assignee: ids.tom, statuses: [] }, "A teammate's · Any status"],
  ] as const)("%j is %s", (filter, text) => {
    expect(describeFilter(filter as ViewFilter, name)).toBe(text);
  });
});
