// Screens for review and for the README (docs/screenshot.png), taken from the real app.
import { join } from "node:path";
import { describe, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";

const LIB_FILE = { name: "neopixel.mpy", mimeType: "application/octet-stream", buffer: Buffer.from([0x43, 0x06, 0, 0x1f, 1, 2, 3]) };

describe("screens (dark theme)", () => {
  const h = useHarness("dark");

  it("shows a project with tabs, a folder and the editor (README screenshot)", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    await h.app.projectMenu("Rename project…");
    await h.app.answerPrompt("Blinky", "Rename");
    await h.app.treeItem("lib").click();
    await h.app.uploadFiles([LIB_FILE]);
    await h.app.treeItem("neopixel.mpy").waitFor();
    await h.app.treeItem("settings.toml").click();
    await h.app.waitForEditor("settings.toml");
    await h.app.treeItem("code.py").click();
    await h.app.waitForEditor("code.py");
    // Dismiss the notices so the screenshot shows the workspace only.
    const dismiss = h.app.page.getByRole("button", { name: "Dismiss" });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    // Show the simulated board running the project (the LED blinks, the terminal shows the board's output).
    await h.app.page.getByRole("button", { name: "Run", exact: true }).click();
    await h.app.page.getByRole("button", { name: "Stop", exact: true }).isEnabled();
    await h.app.page.waitForTimeout(1500);
    await h.app.page.mouse.move(700, 600);
    await screenshot(h.app.page, "workspace-dark");
    await screenshot(h.app.page, "readme", join(process.cwd(), "docs", "screenshot.png"));
  });

  it("shows the project menu and a dialog", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");
    await h.app.projectButton.click();
    await h.app.page.getByRole("menu").waitFor();
    await screenshot(h.app.page, "project-menu-dark");
    await h.app.page.keyboard.press("Escape");
    await h.app.fileAction("New file");
    await h.app.dialog.waitFor();
    await screenshot(h.app.page, "new-file-dialog-dark");
  });
});
