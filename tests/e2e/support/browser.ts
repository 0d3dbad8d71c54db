// Launches Debian's Chromium through playwright-core with the flags our CI needs, and saves screenshots.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.PYCO_CHROMIUM ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(process.cwd(), "test-results", "e2e");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A fresh profile (empty IndexedDB, no service worker) for each test. */
export function newContext(browser: Browser, colorScheme: "light" | "dark" = "light"): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme, acceptDownloads: true });
}

export async function screenshot(page: Page, name: string, path = join(SCREENSHOTS, `${name}.png`)): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
}
