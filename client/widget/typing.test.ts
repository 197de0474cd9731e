import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTypingSignal, TYPING_IDLE_MS } from "./typing.ts";

describe("createTypingSignal", () => {
  let sent: boolean[];
  let signal: ReturnType<typeof createTypingSignal>;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    signal = createTypingSignal((typing) => sent.push(typing));
  });
  afterEach(() => vi.useRealTimers());

  it("says typing at the first key, then at most every 2 s while keys go on", () => {
    for (let i = 0; i < 10; i++) {
      signal.input();
      vi.advanceTimersByTime(500);
    }
    expect(sent).toEqual([true, true, true]);
  });

  it("says stopped after 3 s without a key", () => {
    signal.input();
    vi.advanceTimersByTime(TYPING_IDLE_MS - 1);
    expect(sent).toEqual([true]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([true, false]);
  });

  it("says stopped at once when the message is sent, and not again after", () => {
    signal.input();
    signal.stop();
    vi.advanceTimersByTime(10_000);
    expect(sent).toEqual([true, false]);
  });

  it("says nothing on stop when the visitor was not typing", () => {
    signal.stop();
    expect(sent).toEqual([]);
  });

  it("starts over after a stop: the next key says typing at once", () => {
    signal.input();
    signal.stop();
    signal.input();
    expect(sent).toEqual([true, false, true]);
  });
});
