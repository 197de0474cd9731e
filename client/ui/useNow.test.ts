import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { createRoot, createSignal } from "solid-js";
import { useNowWhile } from "./useNow.ts";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-03-02T12:00:00Z"));
});
afterEach(() => vi.useRealTimers());

it("ticks only while active, and stops when disposed", () => {
  const [active, setActive] = createSignal(false);
  const clock = createRoot((dispose) => ({ now: useNowWhile(active, 1000), dispose }));
  const seconds = () => clock.now().toISOString().slice(17, 19);
  vi.advanceTimersByTime(3000);
  expect(seconds()).toBe("00");
  setActive(true);
  vi.advanceTimersByTime(2000);
  expect(seconds()).toBe("05");
  setActive(false);
  vi.advanceTimersByTime(5000);
  expect(seconds()).toBe("05");
  setActive(true);
  clock.dispose();
  expect(vi.getTimerCount()).toBe(0);
});
