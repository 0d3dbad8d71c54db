// On a static host that sends no COOP/COEP headers, the service worker adds them: after its first install the
// page reloads once and is cross-origin isolated (SharedArrayBuffer for the simulator).
import { describe, expect, inject, it } from "vitest";
import { useHarness } from "./support/harness";
import { serveStatic } from "./support/static-server";

describe("static hosting without isolation headers", () => {
  const h = useHarness();

  it("becomes cross-origin isolated through the service worker", async () => {
    const server = await serveStatic(inject("distDir"));
    try {
      const page = h.app.page;
      await page.goto(server.url);
      await page.waitForFunction(() => crossOriginIsolated === true, undefined, { timeout: 20_000 });
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await h.app.welcomeHeading.waitFor();
    } finally {
      await server.close();
    }
  });
});
