// A new version is offered, not forced: when the service worker changes, the page shows "Update available —
// reload", and only the user's click switches to the new version.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, inject, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";

describe("updates", () => {
  const h = useHarness();

  it("shows Update available and reloads into the new version on request", async () => {
    const page = h.app.page;
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });

    // "Deploy" a new version: any byte change to sw.js is a new service worker for the browser.
    const swPath = join(inject("distDir"), "sw.js");
    const original = readFileSync(swPath);
    try {
      appendFileSync(swPath, `\n// e2e update ${Date.now()}\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const banner = page.getByRole("status").filter({ hasText: "Update available" });
      await banner.waitFor();
      // Still the old version until the user chooses.
      await h.app.editorTab("main.py").waitFor();
      await screenshot(page, "update-available");
      const reloaded = page.waitForEvent("load");
      await banner.getByRole("button", { name: "Reload" }).click();
      await reloaded;
      await h.app.waitForEditor("main.py");
      await banner.waitFor({ state: "detached" });
    } finally {
      writeFileSync(swPath, original);
    }
  });
});
