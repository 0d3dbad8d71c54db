// Projects: the welcome screen, both templates, and an edit that survives a reload.
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";

describe("projects", () => {
  const h = useHarness();

  it("offers both templates on the welcome screen and creates a CircuitPython project", async () => {
    await h.app.goto();
    await expect(h.app.welcomeHeading.isVisible()).resolves.toBe(true);
    await screenshot(h.app.page, "welcome");
    await h.app.newProjectFromWelcome("CircuitPython");
    for (const name of ["code.py", "lib", "settings.toml"]) await h.app.treeItem(name).waitFor();
    await h.app.waitForEditor("code.py");
    expect(await h.app.editorText()).toContain("import digitalio");
    await h.app.page.getByRole("button", { name: "Project: CircuitPython project" }).waitFor();
    await screenshot(h.app.page, "circuitpython-project");
  });

  it("creates a MicroPython project with main.py", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.treeItem("main.py").waitFor();
    await h.app.waitForEditor("main.py");
    expect(await h.app.editorText()).toContain("from machine import Pin");
    expect(await h.app.treeItem("settings.toml").count()).toBe(0);
  });

  it("keeps an edit across a reload and lands in the last project", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    await h.app.typeAtStart("code.py", "# edited by the e2e test\n");
    await h.app.waitSaved();
    await h.app.page.reload();
    await h.app.waitForEditor("code.py");
    expect(await h.app.editorText()).toContain("# edited by the e2e test");
  });

  it("renames, duplicates and deletes projects (delete asks first)", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    await h.app.projectMenu("Rename project…");
    await h.app.answerPrompt("Traffic light", "Rename");
    await h.app.page.getByRole("button", { name: "Project: Traffic light" }).waitFor();

    await h.app.projectMenu("Duplicate project");
    await h.app.page.getByRole("button", { name: "Project: Traffic light copy" }).waitFor();
    await h.app.waitForEditor("code.py");

    await h.app.projectMenu("Delete project…");
    const confirm = h.app.page.getByRole("dialog", { name: "Delete project?" });
    await confirm.getByRole("button", { name: "Delete project" }).click();
    await h.app.welcomeHeading.waitFor();
    const list = h.app.page.getByRole("region", { name: "Your projects" });
    await list.getByRole("button", { name: /Traffic light/ }).first().waitFor();
    expect(await list.getByRole("button").count()).toBe(1);
    // The welcome screen is remembered: a reload stays there.
    await h.app.page.reload();
    await h.app.welcomeHeading.waitFor();
  });

  it("is cross-origin isolated (SharedArrayBuffer available for the simulator)", async () => {
    await h.app.goto();
    expect(await h.app.page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(await h.app.page.evaluate(() => typeof SharedArrayBuffer)).toBe("function");
  });
});
