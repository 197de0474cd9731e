import { createEffect, createMemo, createSignal, onCleanup, type Accessor } from "solid-js";

/**
 * True once `active()` has held for `afterMs`, false as soon as it stops: for a busy mark that a quick answer never
 * shows, so that the page does not flicker (or do any rendering) for waits too short to notice.
 */
export function useSustained(active: Accessor<boolean>, afterMs: number): Accessor<boolean> {
  const [sustained, setSustained] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // a memo, so that the timer starts only when the answer changes, not whenever what it reads does
  const running = createMemo(active);
  createEffect(() => {
    clearTimeout(timer);
    timer = undefined;
    if (!running()) {
      setSustained(false);
      return;
    }
    timer = setTimeout(() => setSustained(true), afterMs);
  });
  onCleanup(() => clearTimeout(timer));
  return sustained;
}
