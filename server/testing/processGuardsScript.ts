/**
 * A process that installs the guards as main.ts does, keeps itself alive like a listening server, and then
 * meets the case named in argv[2]: processGuards.test.ts runs it as a child and reads its exit code and log.
 */
import { createLogger } from "../app/logger.ts";
import { installProcessGuards } from "../app/processGuards.ts";

const scenario = process.argv[2];
const log = createLogger("info");
const guards = installProcessGuards(log, { closeTimeoutMs: 500 });
// stands in for the listening server: without a close, the process would never end by itself
const server = setInterval(() => undefined, 1_000);
const closeServer = async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(server);
  log.info("test server closed");
};

switch (scenario) {
  case "rejection":
    guards.closeWith(closeServer);
    void Promise.reject(new Error("a rejection nobody awaited"));
    // still serving after it: the process then ends by its own choice
    setTimeout(() => {
      log.info("still serving");
      clearInterval(server);
    }, 200);
    break;
  case "exception":
    guards.closeWith(closeServer);
    setTimeout(() => {
      throw new Error("thrown out of a callback");
    }, 10);
    break;
  case "exception while starting":
    setTimeout(() => {
      throw new Error("thrown before the server was up");
    }, 10);
    break;
  case "close fails":
    guards.closeWith(() => Promise.reject(new Error("the database would not close")));
    setTimeout(() => {
      throw new Error("thrown out of a callback");
    }, 10);
    break;
  case "close hangs":
    guards.closeWith(() => new Promise(() => undefined));
    setTimeout(() => {
      throw new Error("thrown out of a callback");
    }, 10);
    break;
  default:
    throw new Error(`unknown scenario ${scenario}`);
}
