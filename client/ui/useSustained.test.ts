import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { createRoot, createSignal } from "solid-js";
import { useSustained } from "./useSustained.ts";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it("turns true only once the source has held for the delay, and false as soon as it stops", () => {
  const [active, setActive] = createSignal(false);
  const held = createRoot((dispose) => ({ value: useSustained(active, 200), dispose }));
  setActive(true);
  vi.advanceTimersByTime(199);
  expect(held.value()).toBe(false);
  vi.advanceTimersByTime(1);
  expect(held.value()).toBe(true);
  setActive(false);
  expect(held.value()).toBe(false);
  held.dispose();
});

it("never turns true for a wait shorter than the delay, and leaves no timer behind", () => {
  const [active, setActive] = createSignal(false);
  const held = createRoot((dispose) => ({ value: useSustained(active, 200), dispose }));
  setActive(true);
  vi.advanceTimersByTime(150);
  setActive(false);
  vi.advanceTimersByTime(500);
  expect(held.value()).toBe(false);
  setActive(true);
  held.dispose();
  expect(vi.getTimerCount()).toBe(0);
});
