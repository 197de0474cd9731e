import { pino, type Logger } from "pino";

export type { Logger };

/** One JSON line per event; children add the request or event id so one action can be followed. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "switchboard" } });
}
