// Accessibility basics on the main screens: every control has a name, the tree uses tree/treeitem roles, and
// dialogs are named. (A name check, not a full audit.)
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useHarness } from "./support/harness";

/** Controls without an accessible name, described for the failure message. */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input:not([type=hidden]), select, textarea, [role=treeitem], [role=menuitem], [role=menuitemradio], [role=tab], a[href]',
    );
    const named = (el: HTMLElement) => {
      if (el.getAttribute("aria-label")?.trim() || el.getAttribute("title")?.trim()) return true;
      const labelledBy = el.getAttribute("aria-labelledby");
      if (labelledBy && labelledBy.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return true;
      if ((el as HTMLInputElement).labels?.length) return true;
      return Boolean(el.textContent?.trim());
    };
    // Monaco's own hidden input and xterm's helper textarea are named by their libraries through other means.
    const visible = [...controls].filter((el) => el.offsetParent !== null && !el.closest(".monaco-editor, .xterm"));
    return visible.filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 120));
  });
}

describe("accessibility basics", () => {
  const h = useHarness();

  it("names every control on the welcome screen, the workspace, menus and dialogs", async () => {
    await h.app.goto();
    expect(await unnamedControls(h.app.page)).toEqual([]);
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    expect(await h.app.tree.getByRole("treeitem").count()).toBe(3);
    expect(await unnamedControls(h.app.page)).toEqual([]);
    await h.app.projectButton.click();
    expect(await unnamedControls(h.app.page)).toEqual([]);
    await h.app.page.keyboard.press("Escape");
    await h.app.fileAction("New folder");
    await h.app.page.getByRole("dialog", { name: "New folder" }).waitFor();
    expect(await unnamedControls(h.app.page)).toEqual([]);
  });

  it("works from the keyboard: arrows move in the tree, Enter opens, F2 renames", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    await h.app.treeItem("code.py").focus();
    await h.app.page.keyboard.press("ArrowDown");
    await expect.poll(() => h.app.treeItem("settings.toml").getAttribute("aria-selected")).toBe("true");
    await h.app.page.keyboard.press("Enter");
    await h.app.editorTab("settings.toml").waitFor();
    await h.app.treeItem("settings.toml").focus();
    await h.app.page.keyboard.press("F2");
    await h.app.page.getByRole("dialog", { name: 'Rename "settings.toml"' }).waitFor();
    await h.app.page.keyboard.press("Escape");
    await h.app.page.getByRole("dialog").waitFor({ state: "detached" });
  });
});
