import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

const server = process.env.SWITCHBOARD_DEV_SERVER ?? "http://localhost:3000";

export default defineConfig({
  root: "client",
  plugins: [solid()],
  build: { outDir: "../dist/client", emptyOutDir: true, target: "es2022", sourcemap: true },
  server: {
    port: 5173,
    // same-origin in dev too: the server checks Origin against the Host it is reached on
    proxy: {
      "/api": { target: server },
      "/socket.io": { target: server, ws: true },
    },
  },
});
