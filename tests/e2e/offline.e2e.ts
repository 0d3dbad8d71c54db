// Offline and installable: after one online visit the service worker serves everything, so a reload with the
// network off still opens the project and saves edits. Also measures time to an interactive editor.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCREENSHOTS, screenshot } from "./support/browser";
import { useHarness } from "./support/harness";

const metrics: Record<string, number> = {};

describe("offline", () => {
  const h = useHarness();

  it("opens, lists projects and edits offline after one visit", async () => {
    const page = h.app.page;
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    // The worker precaches everything during install; ready means it is active and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });

    await h.context.setOffline(true);
    await page.reload();
    await h.app.waitForEditor("code.py");
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

    await h.app.typeAtStart("code.py", "# written offline\n");
    await h.app.waitSaved();
    await h.app.projectButton.click();
    await page.getByRole("menuitem", { name: "New MicroPython project" }).click();
    await h.app.page.getByRole("button", { name: "Project: MicroPython project" }).waitFor();
    await h.app.waitForEditor("main.py");
    await h.app.switchToProject("CircuitPython project");
    await h.app.waitForEditor("code.py");
    await expect.poll(() => h.app.editorText()).toContain("# written offline");
    await screenshot(page, "offline-editing");
  });

  it("serves the manifest and icons an install needs", async () => {
    await h.app.goto();
    const manifest = await h.app.page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { name: string; icons: { src: string; purpose?: string }[]; theme_color: string }) : undefined;
    });
    expect(manifest?.name).toBe("Pyco");
    expect(manifest?.theme_color).toMatch(/^#/);
    expect(manifest?.icons.map((i) => i.src)).toEqual(expect.arrayContaining(["icons/icon-192.png", "icons/icon-512.png"]));
    expect(manifest?.icons.some((i) => i.purpose === "maskable")).toBe(true);
  });

  it("measures time until the editor is visible: cold (nothing cached) and offline", async () => {
    const page = h.app.page;
    const sinceNavigation = () => page.evaluate(() => Math.round(performance.now()));
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");

    // Cold: the project exists, but no service worker, no Cache Storage and no HTTP cache.
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const key of await caches.keys()) await caches.delete(key);
    });
    const cdp = await h.context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await page.reload();
    await h.app.waitForEditor("main.py");
    metrics.coldLoadToEditorMs = await sinceNavigation();

    // Offline: served by the service worker installed during the cold load.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });
    await h.context.setOffline(true);
    await page.reload();
    await h.app.waitForEditor("main.py");
    metrics.offlineLoadToEditorMs = await sinceNavigation();
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, "metrics.json"), JSON.stringify(metrics, null, 2));
    console.log(`e2e metrics: ${JSON.stringify(metrics)}`);
  });
});
