// Per-file harness: one browser per test file, a fresh context (empty storage) and PycoPage per test,
// and any uncaught page error fails the test.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";
import { launchBrowser, newContext } from "./browser";
import { PycoPage } from "./pyco-page";

export interface Harness {
  browser: Browser;
  context: BrowserContext;
  app: PycoPage;
  baseUrl: string;
  /** Another page (tab) in the same profile, with error tracking. */
  openTab: () => Promise<PycoPage>;
}

export function useHarness(colorScheme: "light" | "dark" = "light"): Harness {
  const h = { baseUrl: inject("baseUrl") } as Harness;
  const errors: string[] = [];
  const track = (page: Page) => page.on("pageerror", (e) => errors.push(`${e.name}: ${e.message}`));
  beforeAll(async () => {
    h.browser = await launchBrowser();
  });
  afterAll(async () => {
    await h.browser?.close();
  });
  beforeEach(async () => {
    errors.length = 0;
    h.context = await newContext(h.browser, colorScheme);
    h.openTab = async () => {
      const page = await h.context.newPage();
      track(page);
      return new PycoPage(page, h.baseUrl);
    };
    h.app = await h.openTab();
  });
  afterEach(async () => {
    await h.context?.close();
    expect(errors, "uncaught errors in the page").toEqual([]);
  });
  return h;
}
