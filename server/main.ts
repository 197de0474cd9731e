/**
 * `npm start`: configuration, the database (embedded under a folder lock, or a server), migrations, demo
 * data on an empty database, then the server. SIGTERM and SIGINT stop it gracefully.
 */
import { ConfigError, loadConfig } from "./app/config.ts";
import { DataDirLockedError } from "./app/dataDirLock.ts";
import { openDatabase } from "./app/database.ts";
import { createLogger } from "./app/logger.ts";
import { installProcessGuards } from "./app/processGuards.ts";
import { startApp } from "./app/createApp.ts";
import { systemClock } from "./app/clock.ts";
import { migrate } from "./db/migrate.ts";
import { demoLoginsPresent, isEmpty, seedDemoData, type DemoLogin } from "./db/seed/index.ts";

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.LOG_LEVEL);
  const guards = installProcessGuards(log);
  const database = await openDatabase(config);
  guards.closeWith(() => database.close());
  const applied = await migrate(database.db);
  if (applied.length > 0) log.info({ applied }, "migrations applied");
  if (config.SEED && (await isEmpty(database.db))) {
    const seeded = await seedDemoData(database.db, systemClock);
    log.info({ users: seeded.length }, "demo data seeded");
  }
  const logins = await demoLoginsPresent(database.db);
  const app = await startApp({ config, db: database.db, log });
  guards.closeWith(async () => {
    await app.close();
    await database.close();
  });
  log.info({ url: app.url, database: database.db.engine, redis: Boolean(config.REDIS_URL) }, "server listening");
  printBanner(app.url, database.db.engine, database.location, logins);

  const stop = async (signal: string) => {
    log.info({ signal }, "shutting down");
    await app.close();
    await database.close();
    log.info("stopped");
    // a signal during the stop after an uncaught exception must not turn that failure into a clean exit
    process.exit(process.exitCode ?? 0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

function printBanner(url: string, engine: string, location: string, logins: DemoLogin[]): void {
  const lines = [
    "",
    `  Switchboard is running at ${url}`,
    `  Database: ${engine === "pglite" ? `embedded PGlite in ${location}` : `PostgreSQL at ${location}`}`,
  ];
  if (logins.length > 0) {
    lines.push("", "  Demo logins:");
    for (const login of logins) lines.push(`    ${login.email.padEnd(30)} ${login.password.padEnd(10)} ${login.summary}`);
    lines.push("", `  Play the customer: ${url}/demo (a site per demo brand with the chat widget; set an agent Available first)`);
  }
  process.stderr.write(`${lines.join("\n")}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Switchboard failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
