// The file tree: new file and folder, rename, move (dialog and drag), delete with undo, binary upload, undo per tab.
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";

describe("file tree", () => {
  const h = useHarness();

  async function newCircuitPythonProject() {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
  }

  it("creates, renames and moves a file (Move to… and drag and drop)", async () => {
    await newCircuitPythonProject();
    await h.app.fileAction("New file");
    await h.app.answerPrompt("blink.py", "Create");
    await h.app.treeItem("blink.py").waitFor();
    await h.app.waitForEditor("blink.py");

    await h.app.treeItem("blink.py").click();
    await h.app.fileAction("Rename");
    await h.app.answerPrompt("led.py", "Rename");
    await h.app.treeItem("led.py").waitFor();
    expect(await h.app.treeItem("blink.py").count()).toBe(0);
    await h.app.editorTab("led.py").waitFor();

    await h.app.treeItem("code.py").click();
    await h.app.fileAction("New folder");
    await h.app.answerPrompt("sensors", "Create");
    await h.app.treeItem("sensors").waitFor();
    await h.app.treeItem("led.py").click();
    await h.app.fileAction("Move to…");
    await h.app.dialog.getByRole("combobox", { name: "Destination folder" }).selectOption({ label: "/sensors" });
    await h.app.dialog.getByRole("button", { name: "Move" }).click();
    const moved = h.app.treeItem("led.py");
    await expect.poll(() => moved.getAttribute("aria-level")).toBe("2");
    await h.app.page.getByRole("status").filter({ hasText: 'Moved "led.py" to "sensors"' }).waitFor();

    // Drag and drop: settings.toml onto the lib folder.
    await h.app.treeItem("settings.toml").dragTo(h.app.treeItem("lib"));
    await expect.poll(() => h.app.treeItem("settings.toml").getAttribute("aria-level")).toBe("2");
    await screenshot(h.app.page, "tree-after-moves");
  });

  it("deletes a file and brings it back with Undo", async () => {
    await newCircuitPythonProject();
    await h.app.treeItem("settings.toml").click();
    await h.app.fileAction("Delete");
    await h.app.treeItem("settings.toml").waitFor({ state: "detached" });
    await h.app.page.getByRole("status").filter({ hasText: 'Deleted "settings.toml"' }).getByRole("button", { name: "Undo" }).click();
    await h.app.treeItem("settings.toml").waitFor();
  });

  it("uploads binary files and shows them as read-only info, not in the editor", async () => {
    await newCircuitPythonProject();
    await h.app.treeItem("lib").click();
    const mpy = Buffer.from([0x4d, 0x06, 0x00, 0x1f, 0x00, 0xff, 0x80, 0x01, 0x02, 0x03]);
    const bmp = Buffer.concat([Buffer.from("BM"), Buffer.alloc(62)]);
    await h.app.uploadFiles([
      { name: "neopixel.mpy", mimeType: "application/octet-stream", buffer: mpy },
      { name: "logo.bmp", mimeType: "image/bmp", buffer: bmp },
    ]);
    await h.app.treeItem("neopixel.mpy").waitFor();
    expect(await h.app.treeItem("neopixel.mpy").getAttribute("aria-level")).toBe("2");
    await h.app.treeItem("neopixel.mpy").click();
    const info = h.app.page.getByRole("region", { name: "About neopixel.mpy" });
    await info.waitFor();
    expect(await info.innerText()).toContain("10 bytes");
    expect(await info.innerText()).toContain("Compiled MicroPython bytecode");
    await screenshot(h.app.page, "binary-file");
  });

  it("keeps each file's undo history when switching tabs, and saves with Ctrl+S", async () => {
    await newCircuitPythonProject();
    await h.app.typeAtStart("code.py", "# first change\n");
    await h.app.page.keyboard.press("Control+s");
    await h.app.waitSaved();
    await h.app.treeItem("settings.toml").click();
    await h.app.waitForEditor("settings.toml");
    await h.app.editorTab("code.py").click();
    await h.app.waitForEditor("code.py");
    await h.app.editorInput("code.py").focus();
    // Monaco undoes typing in steps (the line break, then the words); a model recreated on the tab switch would
    // have no history at all, so a few presses tell the two cases apart.
    for (let i = 0; i < 4 && (await h.app.editorText()).includes("# first change"); i++) {
      await h.app.page.keyboard.press("Control+z");
    }
    expect(await h.app.editorText()).not.toContain("# first change");
    expect(await h.app.editorText()).toContain("# Blink the Pico");
  });

  it("refuses a bad name with the store's message and changes nothing", async () => {
    await newCircuitPythonProject();
    await h.app.fileAction("New file");
    await h.app.answerPrompt("bad:name.py", "Create");
    await h.app.alert(/":"/).waitFor();
    expect(await h.app.tree.getByRole("treeitem").count()).toBe(3);
  });

  it("opens find and replace in the editor", async () => {
    await newCircuitPythonProject();
    await h.app.editorInput("code.py").focus();
    await h.app.page.keyboard.press("Control+h");
    await h.app.page.getByRole("textbox", { name: "Replace" }).waitFor();
  });
});
