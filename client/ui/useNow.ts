import { createEffect, createMemo, createSignal, onCleanup, type Accessor } from "solid-js";

/** The current time, updated on each whole minute so that clocks turn over when the wall clock does. */
export function useNowByMinute(): Accessor<Date> {
  const [now, setNow] = createSignal(new Date());
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    const current = new Date();
    setNow(current);
    timer = setTimeout(tick, 60_000 - (current.getSeconds() * 1000 + current.getMilliseconds()));
  };
  tick();
  onCleanup(() => clearTimeout(timer));
  return now;
}

/** The current time, updated every intervalMs: one timer for a whole list of ages and SLA clocks. */
export function useNow(intervalMs: number): Accessor<Date> {
  const [now, setNow] = createSignal(new Date());
  const timer = setInterval(() => setNow(new Date()), intervalMs);
  onCleanup(() => clearInterval(timer));
  return now;
}

/** Like useNow, but the timer runs only while `active()` holds: a clock nobody reads costs nothing. */
export function useNowWhile(active: Accessor<boolean>, intervalMs: number): Accessor<Date> {
  const [now, setNow] = createSignal(new Date());
  let timer: ReturnType<typeof setInterval> | undefined;
  // a memo, so that the timer restarts only when the answer changes, not whenever what it reads does
  const running = createMemo(active);
  createEffect(() => {
    clearInterval(timer);
    timer = undefined;
    if (!running()) return;
    setNow(new Date());
    timer = setInterval(() => setNow(new Date()), intervalMs);
  });
  onCleanup(() => clearInterval(timer));
  return now;
}
