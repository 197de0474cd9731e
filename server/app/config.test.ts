import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("defaults to the embedded database in ./data on port 3000 with demo data", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: "./data", SEED: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("reads SEED=off", () => {
    expect(loadConfig({ SEED: "off" }).SEED).toBe(false);
  });

  it.each([
    [{ PORT: "eighty" }, /PORT="eighty"/],
    [{ PORT: "70000" }, /PORT="70000"/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL="mysql:\/\/x": must start with postgres/],
    [{ REDIS_URL: "localhost:6379" }, /REDIS_URL="localhost:6379": must start with redis/],
    [{ SEED: "maybe" }, /SEED="maybe"/],
  ])("names the bad variable %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
