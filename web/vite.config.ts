import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { earlyLoader } from "./early-loader";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The web app is served by the Sekimori server itself (no CDN, no inline script: the CSP is
 * `script-src 'self'`), so the build must not inline anything executable.
 */
export default defineConfig({
  root,
  base: "/",
  plugins: [react(), earlyLoader()],
  publicDir: "public",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The server reads it to modulepreload a screen's chunks in that screen's page (server/http/scene-preload.ts).
    manifest: true,
    assetsDir: "assets",
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // The UI framework in one chunk, loaded with the first screen: a screen's own chunk then
        // needs a handful of files instead of twenty small shared pieces, which a first visit
        // fetched one round trip after the entry (the asset list's waterfall in the bench).
        // Charts stay apart: only the screens with figures load them.
        codeSplitting: {
          groups: [
            {
              name: "ui",
              test: /node_modules[\\/](@mantine[\\/](core|hooks|form)|@floating-ui|react-remove-scroll|react-number-format|react-textarea-autosize|@tanstack|clsx|tabbable|use-sidecar|use-callback-ref|react-style-singleton|get-nonce|detect-node-es|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://localhost:8080", changeOrigin: false } },
  },
});
