// Two tabs on one project: the second is warned with a choice; a tab with nothing unsaved follows the other's edits;
// a tab with unsaved edits is asked instead of overwriting.
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";

describe("two tabs on the same project", () => {
  const h = useHarness();

  it("warns the second tab and offers a choice", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    const second = await h.openTab();
    await second.goto();
    const banner = second.page.getByRole("alert", { name: "Project open in another tab" });
    await banner.waitFor();
    expect(await banner.innerText()).toContain("already open in another tab");
    await banner.getByRole("button", { name: "Edit here anyway" }).waitFor();
    await banner.getByRole("button", { name: "Close project" }).waitFor();
    await screenshot(second.page, "second-tab-warned");
    // The first tab is told quietly, without a banner.
    await h.app.page.getByText("Also open in another tab").waitFor();
    expect(await h.app.page.getByRole("alert", { name: "Project open in another tab" }).count()).toBe(0);
  });

  /** Two tabs on one project, both with an unsaved edit; tab 2 saves first. Returns tab 2 and tab 1's banner. */
  async function conflictingEdits() {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    const second = await h.openTab();
    await second.goto();
    await second.page.getByRole("button", { name: "Edit here anyway" }).click();
    await second.waitForEditor("code.py");

    // Tab 2 saves; tab 1 has nothing unsaved, so it shows tab 2's text.
    await second.typeAtStart("code.py", "# from tab two\n");
    await second.waitSaved();
    await expect.poll(() => h.app.editorText()).toContain("# from tab two");

    // Both tabs get an unsaved edit and tab 2 saves at once (Ctrl+S), before tab 1's save delay (400 ms of quiet)
    // runs out: tab 1 must then ask instead of saving over tab 2's version. Tab 2's keys go to it in the
    // background (no bringToFront), which keeps the gap between the two edits to a few milliseconds.
    await second.putCursorAtStart("code.py");
    await h.app.putCursorAtStart("code.py");
    await h.app.page.keyboard.insertText("# unsaved in tab one\n");
    await second.page.keyboard.insertText("# second save from tab two\n");
    await second.page.keyboard.press("Control+s");
    await second.waitSaved();
    const banner = h.app.page.getByRole("alert", { name: "Project changed in another tab" });
    await banner.waitFor();
    expect(await h.app.editorText()).toContain("# unsaved in tab one");
    await h.app.page.getByRole("status", { name: "Save status: Not saved" }).waitFor();
    return { second, banner };
  }

  it("follows the other tab's saved edits, and asks before overwriting unsaved ones", async () => {
    const { banner } = await conflictingEdits();
    await screenshot(h.app.page, "changed-in-another-tab");
    await banner.getByRole("button", { name: "Load the other tab's version" }).click();
    await expect.poll(() => h.app.editorText()).toContain("# second save from tab two");
    expect(await h.app.editorText()).not.toContain("# unsaved in tab one");
  });

  it("keeps this tab's version when asked, and the other tab follows", async () => {
    const { second, banner } = await conflictingEdits();
    await banner.getByRole("button", { name: "Keep this tab's version" }).click();
    await h.app.waitSaved();
    await expect.poll(() => second.editorText()).toContain("# unsaved in tab one");
  });
});
