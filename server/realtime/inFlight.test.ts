import { describe, expect, it } from "vitest";
import { InFlight } from "./inFlight.ts";

describe("InFlight", () => {
  it("drains once every tracked request has settled, failed ones included", async () => {
    const inFlight = new InFlight();
    let finish!: () => void;
    inFlight.track(new Promise<void>((resolve) => (finish = resolve)));
    inFlight.track(Promise.reject(new Error("refused")));
    expect(inFlight.size).toBe(2);
    const drained = inFlight.drain(5_000);
    finish();
    expect(await drained).toBe(true);
    expect(inFlight.size).toBe(0);
  });

  it("is idle only once the work tracked while waiting has settled too", async () => {
    const inFlight = new InFlight();
    let finishLater!: () => void;
    inFlight.track(
      Promise.resolve().then(() => inFlight.track(new Promise<void>((resolve) => (finishLater = resolve)))),
    );
    let idle = false;
    const waiting = inFlight.idle().then(() => (idle = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    finishLater();
    await waiting;
    expect(inFlight.size).toBe(0);
  });

  it("waits for work tracked while it drains, such as what a request sets off after its commit", async () => {
    const inFlight = new InFlight();
    let finishFollowUp!: () => void;
    inFlight.track(
      Promise.resolve().then(() => inFlight.track(new Promise<void>((resolve) => (finishFollowUp = resolve)))),
    );
    let drained = false;
    const draining = inFlight.drain(5_000).then((result) => (drained = result));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(drained).toBe(false);
    finishFollowUp();
    expect(await draining).toBe(true);
  });

  it("gives up after the timeout when a request never settles", async () => {
    const inFlight = new InFlight();
    inFlight.track(new Promise(() => undefined));
    expect(await inFlight.drain(20)).toBe(false);
  });
});
