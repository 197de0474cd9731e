// `npm run dev`: the server restarting on change, and Vite serving the console with hot reload and a proxy
// to the server. Ctrl-C stops both.
import { spawn } from "node:child_process";

const children = [
  spawn(process.execPath, ["--watch-path=server", "--watch-path=shared", "--import", "tsx", "server/main.ts"], {
    stdio: "inherit",
    env: { ...process.env, PORT: process.env.PORT ?? "3000" },
  }),
  spawn("npx", ["vite"], { stdio: "inherit" }),
];

const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", (code) => code && code !== 0 && stop());
