/**
 * Configuration from the environment, checked once at start: a bad value stops the server with a message
 * that names the variable, what it got and what it wants.
 */
import { z } from "zod";

const onOff = z
  .enum(["on", "off", "true", "false", "1", "0"])
  .transform((v) => v === "on" || v === "true" || v === "1");

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
    .optional(),
  /** Namespaces this deployment's keys and channels, so several deployments (or test runs) can share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[\w.-]{1,40}$/, "letters, digits, '.', '_' or '-', at most 40").default("switchboard"),
  SEED: onOff.default(true),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** at least 5: open consoles refresh their session every minute */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** Set behind a TLS-terminating proxy so cookies get Secure and the expected Origin is https. */
  TRUST_PROXY: onOff.default(false),
  /** how long an available agent whose consoles all disconnected still counts as online before going offline */
  AGENT_OFFLINE_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /** a visitor's messages, all tabs together */
  WIDGET_MESSAGES_PER_MINUTE_PER_VISITOR: z.coerce.number().int().min(1).default(30),
  /** everything sent from one network address, across visitors */
  WIDGET_MESSAGES_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(1).default(600),
  /** chats started and messages left from one network address */
  WIDGET_CHATS_PER_HOUR_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  /** wrong passwords in a row for one account from one address before that pair waits SIGN_IN_BLOCK_MINUTES */
  SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_BLOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** wrong passwords from one network address in a day, all accounts together, before it waits a day: a whole floor shares one */
  SIGN_IN_FAILURES_PER_ADDRESS_PER_DAY: z.coerce.number().int().min(1).default(200),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `  ${name}=${JSON.stringify(env[name])}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}

export const DEFAULT_CONFIG: Config = EnvSchema.parse({});
