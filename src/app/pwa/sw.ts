// Service worker: precaches the whole app for offline use and adds COOP/COEP headers so the page is cross-origin isolated anywhere.
/// <reference lib="webworker" />
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute, setDefaultHandler } from "workbox-routing";
import { NetworkOnly } from "workbox-strategies";
import type { WorkboxPlugin } from "workbox-core";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

const ISOLATION_HEADERS: Record<string, string> = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Returns a copy of the response carrying the isolation headers (opaque responses cannot be rewrapped). */
function withIsolationHeaders(response: Response): Response {
  if (response.type === "opaque" || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

const isolationPlugin: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withIsolationHeaders(response),
};

addPlugins([isolationPlugin]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL("index.html")));
// Anything not precached still goes to the network, but with the same headers.
setDefaultHandler(new NetworkOnly({ plugins: [isolationPlugin] }));

// registerType 'prompt': a new version waits until the user chooses "Reload".
self.addEventListener("message", (event: ExtendableMessageEvent) => {
  if (event.data && (event.data as { type?: string }).type === "SKIP_WAITING") void self.skipWaiting();
});

// The first install takes control at once so the very first visit already works offline.
self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});
