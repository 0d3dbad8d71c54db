// The real-board workflow against a mock Pico (MicroPython's WebAssembly build behind a fake Web Serial port):
// connect, board info, the REPL in the terminal, Upload project with its plan and progress, the board's files,
// unplugging in the middle of an upload (a clear message, automatic reconnection), and Run on the board.
import { afterEach, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";
import { installMockSerial, type MockBoard } from "./support/mock-serial";
import { DevicePage } from "./device-page";

/** Bytes that compress badly and cover every value: a binary file must arrive byte for byte. */
function binary(size: number, seed = 7): Buffer {
  const out = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe("real board over Web Serial (mock Pico)", () => {
  const h = useHarness("dark");
  let board: MockBoard | undefined;
  // Hooks run last-registered first: this one sees the page before the harness closes it.
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail") await screenshot(h.app.page, `device-failed-${ctx.task.name.slice(0, 24).replace(/\W+/g, "-")}`).catch(() => undefined);
    board?.close();
  });

  async function openProjectWithBoard(): Promise<DevicePage> {
    board = await installMockSerial(h.app.page, { files: [{ path: "boot.py", data: new TextEncoder().encode("# boot.py from the board\n") }] });
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");
    return new DevicePage(h.app);
  }

  it("connects, shows the board's info, and runs print(1+1) at the REPL", async () => {
    const dev = await openProjectWithBoard();
    await dev.connect();
    await dev.info.getByText("Raspberry Pi Pico with RP2040").waitFor();
    const info = await dev.info.innerText();
    expect(info).toMatch(/MicroPython 1\.\d+\.\d+/);
    expect(info).toMatch(/Memory\s+[\d.]+ (KB|MB) free/);
    expect(info).toContain("1.1 MB free of 1.4 MB");
    expect(info).toContain("At the REPL prompt");
    const requests = await dev.page.evaluate(() => (window as unknown as { __mockSerialRequests: unknown[] }).__mockSerialRequests);
    expect(requests).toEqual([{ filters: [{ usbVendorId: 0x2e8a }, { usbVendorId: 0x239a }] }]);
    await dev.typeLine("print(1+1)");
    await dev.waitForTerminal(/print\(1\+1\)2>>>$/);
    // A multi-line paste goes through paste mode, so the REPL takes it as one block.
    await dev.paste("for i in range(4):\n    print(i * i, end=',')\n");
    await dev.waitForTerminal(/0,1,4,9,>>>$/);
    await screenshot(dev.page, "device-connected-repl");
  });

  it("offers to reconnect to a board granted before, after a reload", async () => {
    const dev = await openProjectWithBoard();
    await dev.connect();
    await dev.info.getByText("Raspberry Pi Pico with RP2040").waitFor();
    await dev.page.reload();
    await dev.showBoardTarget();
    const again = dev.connection.getByRole("button", { name: "Reconnect to Raspberry Pi Pico with RP2040" });
    await again.click();
    await dev.waitForLink("Connected");
    await dev.info.getByText("At the REPL prompt").waitFor();
  });

  it("opens a board file in the editor, saves it back, renames, deletes, and makes a folder", async () => {
    const dev = await openProjectWithBoard();
    await dev.connect();
    await dev.info.getByText("At the REPL prompt").waitFor();
    await dev.fileToolbar.getByRole("button", { name: "Show files" }).click();
    await dev.boardItem("boot.py").click();
    await dev.entryAction("/boot.py", "Open").click();
    await h.app.editorTab("boot.py").filter({ hasText: "on board" }).waitFor();
    await h.app.waitForEditor("board:/boot.py");
    await h.app.typeAtStart("board:/boot.py", "x = 5\n");
    await dev.page.keyboard.press("Control+s");
    await expect.poll(() => dev.notice.innerText().catch(() => "")).toContain("Saved /boot.py to the board.");
    await dev.typeLine("print(open('/boot.py').read())");
    await dev.waitForTerminal("x = 5\n# boot.py from the board");
    await screenshot(dev.page, "device-board-tab");
    await dev.entryAction("/boot.py", "Rename").click();
    await h.app.answerPrompt("boot2.py", "Rename");
    await dev.boardItem("boot2.py").waitFor();
    await dev.fileToolbar.getByRole("button", { name: "New folder" }).click();
    await h.app.answerPrompt("logs", "Create");
    await dev.boardItem("logs").waitFor();
    await dev.boardItem("boot2.py").click();
    await dev.entryAction("/boot2.py", "Delete").click();
    await h.app.dialog.getByRole("button", { name: "Delete" }).click();
    await dev.boardItem("boot2.py").waitFor({ state: "detached" });
    await screenshot(dev.page, "device-board-files-edited");
  });

  it("uploads the project after showing the plan, with progress; the file panel lists the board's files", async () => {
    const dev = await openProjectWithBoard();
    await h.app.uploadFiles([{ name: "data.bin", mimeType: "application/octet-stream", buffer: binary(48 * 1024) }]);
    await h.app.treeItem("data.bin").waitFor();
    await dev.connect();
    await dev.info.getByText("Raspberry Pi Pico with RP2040").waitFor();
    await dev.boardButton("Upload project").click();
    const dialog = h.app.dialog;
    await dialog.getByRole("heading", { name: "Upload the project to the board" }).waitFor();
    await expect.poll(() => dialog.getByTestId("sync-summary").innerText()).toContain("2 to upload");
    const plan = await dialog.innerText();
    expect(plan).toContain("main.py");
    expect(plan).toContain("data.bin");
    expect(plan).toMatch(/Only on the board — kept unless you choose[\s\S]*boot\.py/);
    await screenshot(dev.page, "device-upload-plan");
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await dev.progress.getByRole("progressbar").waitFor();
    await expect.poll(() => dev.page.getByTestId("board-progress").innerText().catch(() => ""), { timeout: 20000 }).toMatch(/KB of 48\.\d KB · [\d.]+ (KB|bytes)\/s/);
    await screenshot(dev.page, "device-upload-progress");
    await dev.waitIdle();
    await expect.poll(() => dev.notice.innerText()).toContain("Board up to date: 2 files uploaded, 0 unchanged");
    await dev.fileToolbar.getByRole("button", { name: "Show files" }).click();
    for (const name of ["boot.py", "main.py", "data.bin"]) await dev.boardItem(name).waitFor();
    await screenshot(dev.page, "device-board-files");
    // A second upload sends nothing: every file is unchanged by checksum.
    await dev.boardButton("Upload project").click();
    await expect.poll(() => dialog.getByTestId("sync-summary").innerText()).toContain("0 to upload (0 bytes), 2 unchanged, 1 only on the board");
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  it("a file changed on the board since the last upload is not overwritten: the person chooses, here the board's copy", async () => {
    const dev = await openProjectWithBoard();
    await dev.connect();
    await dev.info.getByText("At the REPL prompt").waitFor();
    await dev.boardButton("Upload project").click();
    await h.app.dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await expect.poll(() => dev.notice.innerText().catch(() => "")).toContain("Board up to date: 1 file uploaded");
    await dev.typeLine("open('/main.py', 'w').write('print(\"edited on the board\")\\n')");
    await dev.waitForPrompt();
    await dev.boardButton("Upload project").click();
    const choice = h.app.dialog.getByRole("combobox", { name: "What to do with main.py" });
    await choice.waitFor({ timeout: 20000 });
    expect(await h.app.dialog.innerText()).toContain("changed on the board since the last upload");
    expect(await choice.inputValue()).toBe("keep-board");
    await choice.selectOption({ label: "Copy the board's into the project" });
    await screenshot(dev.page, "device-changed-on-board");
    await h.app.dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await expect.poll(() => dev.notice.innerText().catch(() => "")).toContain("1 copied into the project");
    await expect.poll(() => h.app.editorText()).toContain('print("edited on the board")');
  });

  it("unplugging in the middle of an upload gives a clear message, reconnects, and the upload then completes", async () => {
    const dev = await openProjectWithBoard();
    await h.app.uploadFiles([{ name: "data.bin", mimeType: "application/octet-stream", buffer: binary(64 * 1024) }]);
    await dev.connect();
    await dev.info.getByText("Raspberry Pi Pico with RP2040").waitFor();
    await dev.boardButton("Upload project").click();
    await h.app.dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await dev.progress.getByRole("progressbar").waitFor();
    const unplugged = new Promise<void>((resolve) => board!.whenSent(16 * 1024, () => void board!.unplug().then(resolve)));
    await unplugged;
    // The connection state shows the loss within 2 s of the unplug.
    await dev.waitForLink("Reconnecting…", 2000);
    await dev.problem.getByText("The board was disconnected").waitFor({ timeout: 5000 });
    expect(await dev.problem.innerText()).toContain("Files being written keep their previous version");
    await dev.waitIdle(5000);
    await screenshot(dev.page, "device-unplugged");
    await board!.plug();
    await dev.waitForLink("Connected", 5000);
    await dev.notice.getByText("Reconnected to the board.").waitFor({ timeout: 5000 }).catch(() => undefined);
    await dev.problem.getByRole("button", { name: "Dismiss" }).click().catch(() => undefined);
    await dev.boardButton("Upload project").click();
    await expect.poll(() => h.app.dialog.getByTestId("sync-summary").innerText().catch(() => ""), { timeout: 20000 }).toMatch(/to upload/);
    await h.app.dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await dev.waitIdle();
    await expect.poll(() => dev.notice.innerText()).toMatch(/Board up to date/);
    await dev.fileToolbar.getByRole("button", { name: "Show files" }).click();
    await dev.boardItem("data.bin").waitFor();
    expect(await dev.boardItem("data.bin").innerText()).toContain("64.0 KB");
    await screenshot(dev.page, "device-reconnected");
  });

  it("Run uploads what changed and soft-reboots the board; file actions ask before stopping it; Run file streams", async () => {
    const dev = await openProjectWithBoard();
    await dev.putFile("main.py", 'import time\nprint("hello from main.py", 6 * 7)\ntime.sleep(3)\nprint("main.py done")\n');
    // The editor shows the new text once the file is opened again.
    await dev.page.getByRole("button", { name: "Close main.py" }).click();
    await h.app.treeItem("main.py").click();
    await h.app.waitForEditor("main.py");
    await dev.connect();
    await dev.info.getByText("Raspberry Pi Pico with RP2040").waitFor();
    await dev.boardButton("Run").click();
    await dev.waitForTerminal("hello from main.py 42", 20000);
    await dev.info.getByText("Running a program").waitFor();
    await dev.fileToolbar.getByRole("button", { name: "Show files" }).click();
    await h.app.dialog.getByText("The board is running main.py — stop it to list files?").waitFor();
    await screenshot(dev.page, "device-ask-before-stopping");
    await h.app.dialog.getByRole("button", { name: "Stop it" }).click();
    await dev.boardItem("main.py").waitFor({ timeout: 20000 });
    await screenshot(dev.page, "device-run");
    await dev.boardButton("Run file").click();
    await dev.waitForTerminal("main.py done", 20000);
    await dev.waitForPrompt();
  });

  it("Download board copies every file on the board into a new project", async () => {
    const dev = await openProjectWithBoard();
    await dev.connect();
    await dev.info.getByText("At the REPL prompt").waitFor();
    await dev.boardButton("Download board").click();
    await h.app.page.getByRole("button", { name: "Project: From Raspberry Pi Pico with RP2040" }).waitFor({ timeout: 20000 });
    await h.app.treeItem("boot.py").waitFor();
    await screenshot(dev.page, "device-downloaded-board");
  });

  it("CircuitPython: title status, Press any key, and a read-only drive explained with what can be done", async () => {
    const code = new TextEncoder().encode('print("hello from code.py")\n');
    board = await installMockSerial(h.app.page, { flavor: "circuitpython", readOnly: true, files: [{ path: "code.py", data: code }] });
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    const dev = new DevicePage(h.app);
    await dev.connect();
    await dev.info.getByText("CircuitPython 10.2.1").waitFor();
    expect(await dev.info.innerText()).toContain("read-only to Python");
    await dev.terminal.getByRole("status").filter({ hasText: "REPL" }).waitFor();
    await dev.boardButton("Reboot").click();
    await dev.waitForTerminal("code.py output:hello from code.py", 15000);
    await dev.info.getByRole("button", { name: "Enter the REPL" }).waitFor();
    expect(await dev.terminal.getByRole("status").innerText()).toContain("Done");
    await screenshot(dev.page, "device-circuitpython-press-any-key");
    await dev.info.getByRole("button", { name: "Enter the REPL" }).click();
    await dev.waitForPrompt();
    await dev.boardButton("Upload project").click();
    await h.app.dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await dev.problem.getByText("The board's drive is read-only").waitFor({ timeout: 20000 });
    expect(await dev.problem.innerText()).toContain("storage.remount");
    await dev.problem.getByRole("button", { name: "Copy the boot.py lines" }).waitFor();
    await screenshot(dev.page, "device-circuitpython-read-only");
  });
});
