/**
 * The visitor's typing signal: "typing" at most every 2 s while keys go on, so the agent's indicator stays lit,
 * and "stopped" after 3 s without a key or when the message is sent. The caller decides where the signal goes.
 */
export const TYPING_REPEAT_MS = 2_000;
export const TYPING_IDLE_MS = 3_000;

export interface TypingSignal {
  /** a key went into the composer */
  input(): void;
  /** the message was sent or the composer emptied */
  stop(): void;
}

export function createTypingSignal(emit: (typing: boolean) => void, now: () => number = Date.now): TypingSignal {
  let typing = false;
  let lastSentAt = -Infinity;
  let idle: ReturnType<typeof setTimeout> | undefined;

  function stop(): void {
    clearTimeout(idle);
    idle = undefined;
    if (!typing) return;
    typing = false;
    lastSentAt = -Infinity;
    emit(false);
  }

  return {
    input() {
      typing = true;
      if (now() - lastSentAt >= TYPING_REPEAT_MS) {
        lastSentAt = now();
        emit(true);
      }
      clearTimeout(idle);
      idle = setTimeout(stop, TYPING_IDLE_MS);
    },
    stop,
  };
}
