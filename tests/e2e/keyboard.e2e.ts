// Keyboard-only use: start a project from the welcome screen, move through the tree, open a file, type, and get out
// of the editor again (Tab indents there, so Escape then Tab leaves it) to reach Run.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";

/** The focused element's accessible-ish name, for readable failures. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.getAttribute("role") ?? el.tagName.toLowerCase()}: ${el.getAttribute("aria-label") ?? el.textContent?.trim() ?? ""}` : "nothing";
  });
}

async function tabUntil(page: Page, pattern: RegExp, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (pattern.test(await focused(page))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${pattern}; focus is on ${await focused(page)}`);
}

describe("keyboard only", () => {
  const h = useHarness();

  it("creates a project, opens a file from the tree, edits it, and leaves the editor for Run", async () => {
    const page = h.app.page;
    await h.app.goto();
    await tabUntil(page, /^button: New MicroPython project/);
    await page.keyboard.press("Enter");
    await h.app.waitForEditor("main.py");

    // The tree: arrows and Enter open a file.
    await h.app.treeItem("main.py").focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight"); // opens lib/
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatch(/^treeitem: main\.py/);
    await page.keyboard.press("Enter");
    await h.app.waitForEditor("main.py");
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("# typed\n");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatch(/^textbox: Editor: main\.py/); // Tab indents

    await page.keyboard.press("Escape");
    await page.getByText("Tab: leave the editor").waitFor();
    await screenshot(page, "keyboard-leave-hint");
    await page.keyboard.press("Tab");
    expect(await focused(page)).not.toMatch(/Editor: main\.py/);
    await page.getByText("Tab: leave the editor").waitFor({ state: "detached" });
    await tabUntil(page, /^button: Run$/, 10);
    expect(await h.app.editorText()).toContain("# typed");
  });
});
