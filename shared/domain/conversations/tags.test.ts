import { describe, expect, it } from "vitest";
import { normaliseTags, planTags } from "./tags.ts";

describe("normaliseTags", () => {
  it.each<[name: string, input: string[], expected: string[]]>([
    ["keeps a sorted set", ["billing", "vip"], ["billing", "vip"]],
    ["sorts", ["vip", "billing", "outage"], ["billing", "outage", "vip"]],
    ["drops duplicates", ["vip", "vip", "billing"], ["billing", "vip"]],
    ["merges spellings", ["VIP", " vip ", "late  delivery", "Late Delivery"], ["late delivery", "vip"]],
    ["drops empty tags", ["", "  ", "vip"], ["vip"]],
    ["sorts the same on every machine", ["été", "ete", "Zed"], ["ete", "zed", "été"]],
    ["an empty list", [], []],
  ])("%s", (_name, input, expected) => {
    expect(normaliseTags(input)).toEqual(expected);
  });
});

describe("planTags", () => {
  it.each<[name: string, before: string[], requested: string[], added: string[], removed: string[], tags: string[]]>([
    ["adds", ["vip"], ["vip", "billing"], ["billing"], [], ["billing", "vip"]],
    ["removes", ["billing", "vip"], ["vip"], [], ["billing"], ["vip"]],
    ["replaces", ["billing"], ["outage"], ["outage"], ["billing"], ["outage"]],
    ["clears", ["billing", "vip"], [], [], ["billing", "vip"], []],
  ])("%s", (_name, before, requested, added, removed, tags) => {
    expect(planTags({ tags: before }, requested)).toEqual({ kind: "change", columns: { tags }, item: { change: "tags", added, removed } });
  });

  it.each<[name: string, before: string[], requested: string[]]>([
    ["the same set in another order", ["billing", "vip"], ["vip", "billing"]],
    ["the same set spelled differently", ["vip"], ["VIP", "vip "]],
    ["no tags before or after", [], []],
  ])("leaves it unchanged for %s", (_name, before, requested) => {
    expect(planTags({ tags: before }, requested)).toEqual({ kind: "unchanged" });
  });
});
