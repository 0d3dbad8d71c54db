// Work is never lost to a file changing under an open tab: upload (picker and drag and drop) over an open file, a
// rename of an open file, a board-file tab with unsaved edits when switching project, and notices that don't pile up.
// Also what a student may mean: a .zip dropped on the tree is offered as a new project.
import { strToU8, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { DevicePage } from "./device-page";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";
import { installMockSerial, type MockBoard } from "./support/mock-serial";
import { SharePage } from "./share-page";
import { SimulatorPage } from "./simulator-page";

const UPLOADED = 'print("uploaded")';

describe("no lost work", () => {
  const h = useHarness();
  let board: MockBoard | undefined;
  afterEach(() => {
    board?.close();
    board = undefined;
  });

  async function newMicroPythonProject() {
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");
  }

  /** Drops a file from "the computer" on the tree's top level, as the browser would (a DataTransfer with a File). */
  async function dropOnTree(name: string, text: string) {
    const transfer = await h.app.page.evaluateHandle(({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: "text/x-python" }));
      return dt;
    }, { name, text });
    await h.app.tree.dispatchEvent("dragover", { dataTransfer: transfer });
    await h.app.tree.dispatchEvent("drop", { dataTransfer: transfer });
    await transfer.dispose();
  }

  it("an open, unedited file follows an upload that replaces it, and a later edit saves over the upload, not the old text", async () => {
    await newMicroPythonProject();
    const before = await h.app.editorText();
    expect(before).not.toContain("uploaded");
    await h.app.uploadFiles([{ name: "main.py", mimeType: "text/x-python", buffer: Buffer.from(UPLOADED + "\n") }]);
    await h.app.dialog.getByRole("button", { name: "Replace" }).click();
    await expect.poll(() => h.app.editorText()).toContain(UPLOADED);

    await h.app.typeAtStart("main.py", "# mine\n");
    await h.app.waitSaved();
    await h.app.page.reload();
    await h.app.waitForEditor("main.py");
    const stored = await h.app.editorText();
    expect(stored).toContain("# mine");
    expect(stored).toContain(UPLOADED);
  });

  it("unsaved edits in a file replaced by an upload are kept, not saved, until the user chooses", async () => {
    // Edits stay unsaved only when saving fails: here a tiny storage quota makes a big paste unsaveable.
    const page = h.app.page;
    const origin = new URL(h.baseUrl).origin;
    const cdp = await h.context.newCDPSession(page);
    await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 256 * 1024 });
    await newMicroPythonProject();
    await h.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.evaluate((text) => navigator.clipboard.writeText(text), `# ${"x".repeat(100)}\n`.repeat(2000));
    await h.app.putCursorAtStart("main.py");
    await page.keyboard.press("Control+v");
    await page.keyboard.press("Control+s");
    await h.app.alert(/Storage is full/).waitFor();

    await h.app.uploadFiles([{ name: "main.py", mimeType: "text/x-python", buffer: Buffer.from(UPLOADED + "\n") }]);
    await h.app.dialog.getByRole("button", { name: "Replace" }).click();
    const banner = page.getByRole("alert", { name: "File replaced while you were editing" });
    await banner.waitFor();
    await h.app.editorTab("main.py").filter({ hasText: "replaced" }).waitFor();
    expect(await h.app.editorText()).toContain("x".repeat(60));
    await screenshot(page, "lost-work-replaced-banner");

    // Space is back; saving still waits for the choice. "Use the new version" shows the upload.
    await cdp.send("Storage.overrideQuotaForOrigin", { origin });
    await page.keyboard.press("Control+s");
    await page.getByRole("status", { name: "Save status: Not saved" }).waitFor();
    await banner.getByRole("button", { name: "Use the new version" }).click();
    await expect.poll(() => h.app.editorText()).toContain(UPLOADED);
    await banner.waitFor({ state: "detached" });
    // The edits are one Ctrl+Z away, and "Keep" is then an ordinary save.
    await h.app.editorInput("main.py").focus();
    await page.keyboard.press("Control+z");
    await expect.poll(() => h.app.editorText()).toContain("x".repeat(60));
    await h.app.waitSaved();
    await page.reload();
    await h.app.waitForEditor("main.py");
    expect(await h.app.editorText()).toContain("x".repeat(60));
  });

  it("a file dropped on the tree over the open file shows in the editor too", async () => {
    await newMicroPythonProject();
    await dropOnTree("main.py", UPLOADED + "\n");
    await h.app.dialog.getByRole("button", { name: "Replace" }).click();
    await expect.poll(() => h.app.editorText()).toContain(UPLOADED);
    await h.app.page.getByRole("status").filter({ hasText: "Uploaded 1 file" }).waitFor();
  });

  it("renaming an open file keeps its tab, text and edits under the new name", async () => {
    await newMicroPythonProject();
    await h.app.typeAtStart("main.py", "# kept\n");
    await h.app.treeItem("main.py").click();
    await h.app.fileAction("Rename");
    await h.app.dialog.getByRole("textbox").fill("blink.py");
    await h.app.dialog.getByRole("button", { name: "Rename" }).click();
    // main.py is what the board runs: renaming it away asks first.
    await h.app.page.getByRole("dialog", { name: "Rename main.py?" }).getByRole("button", { name: "Rename to blink.py" }).click();
    await h.app.editorTab("blink.py").waitFor();
    await h.app.waitForEditor("blink.py");
    await h.app.typeAtStart("blink.py", "# more\n");
    await h.app.waitSaved();
    await h.app.page.reload();
    await h.app.treeItem("blink.py").click();
    await h.app.waitForEditor("blink.py");
    const text = await h.app.editorText();
    expect(text).toContain("# more\n# kept");
    expect(await h.app.treeItem("main.py").count()).toBe(0);
    await screenshot(h.app.page, "lost-work-renamed");
  });

  it("a board file with unsaved edits is not dropped without asking when the project changes", async () => {
    board = await installMockSerial(h.app.page, { files: [{ path: "boot.py", data: new TextEncoder().encode("# boot.py from the board\n") }] });
    await newMicroPythonProject();
    const dev = new DevicePage(h.app);
    await dev.connect();
    await dev.info.getByText("At the REPL prompt").waitFor();
    await dev.fileToolbar.getByRole("button", { name: "Show files" }).click();
    await dev.boardItem("boot.py").click();
    await dev.entryAction("/boot.py", "Open").click();
    await h.app.waitForEditor("board:/boot.py");
    await h.app.typeAtStart("board:/boot.py", "x = 7\n");
    // Opening the board file again doesn't throw the edits away either.
    await dev.entryAction("/boot.py", "Open").click();
    await h.app.page.getByRole("status").filter({ hasText: "Your unsaved edits to /boot.py are kept" }).waitFor();
    expect(await h.app.editorText()).toContain("x = 7");

    // Cancel: nothing changes, the edits are still in the tab.
    await h.app.projectMenu("New CircuitPython project");
    const ask = h.app.page.getByRole("dialog", { name: "Save your edits to the board?" });
    await ask.waitFor();
    await screenshot(h.app.page, "lost-work-board-tab-ask");
    await ask.getByRole("button", { name: "Cancel" }).click();
    expect(await h.app.editorText()).toContain("x = 7");
    await h.app.editorTab("boot.py").waitFor();
    // Staying created nothing: the project list still has only this project.
    await h.app.projectButton.click();
    expect(await h.app.page.getByRole("menuitemradio").count()).toBe(1);
    await h.app.page.keyboard.press("Escape");

    // Save to board: the edits reach the board, then the new project opens.
    await h.app.projectMenu("New CircuitPython project");
    await ask.getByRole("button", { name: "Save to board" }).click();
    await h.app.waitForEditor("code.py");
    await dev.typeLine("print(open('/boot.py').read())");
    await dev.waitForTerminal("x = 7\n# boot.py from the board");
  });

  it("opening several examples in a row leaves one message, not a pile", async () => {
    await h.app.goto();
    const share = new SharePage(h.app);
    for (const title of ["Blink", "PWM fade", "Potentiometer to LED"]) {
      await h.app.page.getByRole("button", { name: /Examples|Start from an example/ }).first().click();
      await share.openExample(title, "MicroPython");
    }
    const opened = h.app.page.locator(".notices").getByRole("status");
    await opened.filter({ hasText: "Potentiometer to LED" }).waitFor();
    expect(await opened.count()).toBe(1);
    await screenshot(h.app.page, "lost-work-one-notice");
  });

  it("tabs follow the simulated board's program when it renames or removes an open file", async () => {
    await newMicroPythonProject();
    const sim = new SimulatorPage(h.app);
    await h.app.uploadFiles([{ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello\n") }]);
    await h.app.treeItem("notes.txt").click();
    await h.app.waitForEditor("notes.txt");
    await sim.putFile("main.py", 'import os\nos.rename("notes.txt", "renamed.txt")\nprint("renamed")\n');
    await h.app.editorTab("notes.txt").click();
    await sim.run();
    await sim.waitForTerminal("renamed");
    await h.app.editorTab("renamed.txt").waitFor();
    await h.app.waitForEditor("renamed.txt");
    expect(await h.app.editorText()).toContain("hello");
    expect(await h.app.editorTab("notes.txt").count()).toBe(0);

    await sim.putFile("main.py", 'import os\nos.remove("renamed.txt")\nprint("removed")\n');
    await sim.run();
    await sim.waitForTerminal("removed");
    await h.app.editorTab("renamed.txt").waitFor({ state: "detached" });
    await h.app.treeItem("renamed.txt").waitFor({ state: "detached" });
  });

  it("a .zip uploaded into the tree is offered as a new project; the open project is left as it is", async () => {
    await newMicroPythonProject();
    const zip = Buffer.from(zipSync({ "Robot/main.py": strToU8("# robot\n"), "Robot/lib/": new Uint8Array() }));
    await h.app.uploadFiles([{ name: "Robot.zip", mimeType: "application/zip", buffer: zip }]);
    const ask = h.app.page.getByRole("dialog", { name: 'Import "Robot.zip"?' });
    await ask.getByRole("button", { name: "Import as a new project" }).click();
    await h.app.page.getByRole("button", { name: "Project: Robot" }).waitFor();
    await h.app.waitForEditor("main.py");
    expect(await h.app.editorText()).toContain("# robot");

    // Asked again, "Add the .zip file" stores it as a file, as before.
    await h.app.uploadFiles([{ name: "Robot.zip", mimeType: "application/zip", buffer: zip }]);
    await ask.getByRole("button", { name: "Add the .zip file" }).click();
    await h.app.treeItem("Robot.zip").waitFor();
  });

  it("a share link opened as a new project while a file is being edited keeps the edit in the first project", async () => {
    const share = new SharePage(h.app);
    await newMicroPythonProject();
    const link = await share.shareLink();
    await share.closeShareDialog();
    await h.app.typeAtStart("main.py", "# typed just before the link\n");
    // No pause: the link arrives while the edit may still be waiting to be stored.
    await h.app.page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf("#")));
    await share.preview.getByRole("button", { name: "Open as a new project" }).click();
    await h.app.page.getByRole("button", { name: "Project: MicroPython project 2" }).waitFor();
    await h.app.waitForEditor("main.py");
    expect(await h.app.editorText()).not.toContain("# typed just before the link");
    await h.app.switchToProject("MicroPython project");
    await h.app.waitForEditor("main.py");
    await expect.poll(() => h.app.editorText()).toContain("# typed just before the link");
  });
});
