/**
 * What happens to an error nobody handled, decided once for the whole process and installed by main.ts.
 *
 * - A promise rejection nobody awaited is logged with its error and stack, and the process goes on. Each request
 *   and each socket event is its own unit of work, and a rejection comes from one of them; ending the process for
 *   it (Node's default) would drop every agent's console and every visitor's chat over one forgotten `await`.
 * - An uncaught exception is logged as fatal and the process stops gracefully (the app closes, letting in-flight
 *   acknowledgements finish, then it exits non-zero): it was thrown out of a callback halfway, so state shared
 *   by every request may be half-changed, and only a restart is sure to start clean. Closing may itself hang on
 *   that state, so a timer ends the process if it takes too long.
 *
 * Either way nothing ends silently: every case leaves a log line that says what happened.
 */
import type { Logger } from "./logger.ts";

/** Above the app's own 10 s drain of in-flight requests, so a healthy close always finishes first. */
const DEFAULT_CLOSE_TIMEOUT_MS = 15_000;
const FATAL_EXIT_CODE = 1;

export interface ProcessGuards {
  /** What to close before exiting on a fatal error; until set (the server still starting), there is nothing to close. */
  closeWith(close: () => Promise<void>): void;
}

export function installProcessGuards(log: Logger, options: { closeTimeoutMs?: number } = {}): ProcessGuards {
  const closeTimeoutMs = options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
  let close: (() => Promise<void>) | null = null;
  let stopping = false;

  process.on("unhandledRejection", (reason) => {
    log.error({ err: reason }, "unhandled promise rejection; the process goes on");
  });

  process.on("uncaughtException", (error, origin) => {
    if (stopping) {
      log.fatal({ err: error, origin }, "uncaught exception while stopping after another");
      return;
    }
    stopping = true;
    // should the event loop run dry before the exit below, the process still ends non-zero
    process.exitCode = FATAL_EXIT_CODE;
    log.fatal({ err: error, origin }, "uncaught exception; the process stops");
    // not unref'd: a close that awaits a promise nothing will settle must still end in this exit
    setTimeout(() => {
      log.fatal({ closeTimeoutMs }, "closing took too long; exiting without it");
      process.exit(FATAL_EXIT_CODE);
    }, closeTimeoutMs);
    void (async () => {
      try {
        if (close) await close();
        log.info("closed after the uncaught exception");
      } catch (closeError) {
        log.error({ err: closeError }, "closing after the uncaught exception failed");
      }
      process.exit(FATAL_EXIT_CODE);
    })();
  });

  return {
    closeWith(fn) {
      close = fn;
    },
  };
}
