import { describe, expect, it } from "vitest";
import { ids } from "../../../shared/testing/builders.ts";
import { activePeers, applyPresence, describePeers, type Peer } from "./presence.ts";

const tom = { userId: ids.tom, userName: "Tom Becker" };
const li = { userId: "li", userName: "Li Wei" };

describe("applyPresence", () => {
  it("adds a newcomer and says so, once", () => {
    const first = applyPresence(new Map(), { ...tom, state: "viewing" }, ids.ana, 0);
    expect(first.newcomer).toBe(true);
    const again = applyPresence(first.peers, { ...tom, state: "typing" }, ids.ana, 1_000);
    expect(again.newcomer).toBe(false);
    expect(again.peers.get(ids.tom)?.state).toBe("typing");
  });

  it("forgets who left, and never lists the agent", () => {
    const { peers } = applyPresence(new Map(), { ...tom, state: "viewing" }, ids.ana, 0);
    expect(applyPresence(peers, { ...tom, state: "left" }, ids.ana, 1).peers.size).toBe(0);
    expect(applyPresence(peers, { userId: ids.ana, userName: "Ana", state: "viewing" }, ids.ana, 1).newcomer).toBe(false);
  });
});

describe("activePeers", () => {
  const peers = new Map<string, Peer>([
    [tom.userId, { ...tom, state: "typing", heardAt: 0 }],
    [li.userId, { ...li, state: "viewing", heardAt: 0 }],
  ]);
  it.each([
    [1_000, ["Tom Becker:typing", "Li Wei:viewing"]],
    [10_000, ["Li Wei:viewing", "Tom Becker:viewing"]],
    [200_000, []],
  ])("at %i ms", (now, expected) => {
    expect(activePeers(peers, now).map((p) => `${p.userName}:${p.state}`)).toEqual(expected);
  });
});

describe("describePeers", () => {
  it.each([
    [[], ""],
    [[{ ...tom, state: "viewing" }], "Tom Becker is viewing"],
    [[{ ...tom, state: "typing" }, { ...li, state: "viewing" }], "Tom Becker is typing… · Li Wei is viewing"],
    [[{ ...tom, state: "viewing" }, { ...li, state: "viewing" }], "Tom Becker and Li Wei are viewing"],
  ] as const)("%j", (peers, text) => {
    expect(describePeers(peers.map((p) => ({ ...p, heardAt: 0 })))).toBe(text);
  });
});
