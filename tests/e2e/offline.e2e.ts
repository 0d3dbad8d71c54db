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
    const coldStart = Date.now();
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    metrics.coldToEditorMs = Date.now() - coldStart;
    // The worker precaches everything during install; ready means it is active and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });

    await h.context.setOffline(true);
    const offlineStart = Date.now();
    await page.reload();
    await h.app.waitForEditor("code.py");
    metrics.offlineToEditorMs = Date.now() - offlineStart;
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

  it("cold start: measures time until the editor is visible", async () => {
    const start = Date.now();
    await h.app.page.goto(h.baseUrl);
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");
    metrics.coldWithProjectCreationMs = Date.now() - start;
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, "metrics.json"), JSON.stringify(metrics, null, 2));
    console.log(`e2e metrics: ${JSON.stringify(metrics)}`);
  });
});
