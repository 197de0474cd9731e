import { defineConfig } from "vite";

/**
 * The visitor widget: one classic script (IIFE) that brands embed with a script tag, so no module loading or
 * chunks, and nothing from the console. Served by the server as /widget.js (server/http/widgetAssets.ts).
 * Its own outDir: the console's build empties dist/client.
 */
export default defineConfig({
  publicDir: false,
  // library builds leave process.env alone for their consumers; this one is the consumer
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist/widget",
    emptyOutDir: true,
    target: "es2020",
    sourcemap: false,
    minify: true,
    lib: { entry: "client/widget/main.ts", formats: ["iife"], name: "SwitchboardWidget", fileName: () => "widget.js" },
  },
});
