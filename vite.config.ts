// Vite build for the Pyco web app: React, bundled Monaco, and an offline service worker that keeps the page cross-origin isolated.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";

// SharedArrayBuffer (the simulator worker) needs cross-origin isolation; the service worker adds the
// same headers to everything it serves, so static hosts without these headers still work.
const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src/app/pwa",
      filename: "sw.ts",
      registerType: "prompt",
      injectRegister: false,
      manifest: {
        name: "Pyco",
        short_name: "Pyco",
        description: "Python IDE for the Raspberry Pi Pico (MicroPython and CircuitPython)",
        theme_color: "#1f6f5c",
        background_color: "#15181c",
        display: "standalone",
        start_url: ".",
        scope: ".",
        icons: [
          { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      // globPatterns below already precache the icons and the favicon; listing them again would duplicate entries.
      includeManifestIcons: false,
      injectManifest: {
        // Everything the app needs offline, including Monaco's font and every worker chunk. (The plugin adds
        // manifest.webmanifest itself; globbing it too would list it twice.)
        globPatterns: ["**/*.{js,css,html,svg,png,ico,ttf,woff2,wasm}"],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  worker: { format: "es" },
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 4096,
  },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
});
