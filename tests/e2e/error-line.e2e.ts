// The line a program failed on: a traceback in the simulator's terminal puts a marker on that line of the project file
// and a "line N of file" link above the terminal that opens the file with the cursor on it; a real board's (mock)
// "Run file" traceback, whose frame is <stdin>, points at the file that ran.
import { afterEach, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";
import { SimulatorPage } from "./simulator-page";
import { DevicePage } from "./device-page";
import { installMockSerial, type MockBoard } from "./support/mock-serial";
import type { PycoPage } from "./support/pyco-page";

/** Replaces the active file's text (pasted as one insertion, so no auto-indent or auto-closing changes it). */
async function replaceText(app: PycoPage, path: string, text: string): Promise<void> {
  await app.putCursorAtStart(path);
  await app.page.keyboard.press("Control+A");
  await app.page.keyboard.insertText(text);
  expect(await app.editorText()).toBe(text);
}

/** The editor lines (1-based, by position on screen) that show an error squiggle, and the cursor's line. */
async function editorMarks(page: Page): Promise<{ squiggles: number[]; cursorLine: number | undefined }> {
  return page.locator(".monaco-host .monaco-editor").evaluate((root) => {
    const lineHeight = root.querySelector<HTMLElement>(".view-line")!.offsetHeight;
    const lineOf = (el: Element | null) => {
      const row = el?.closest<HTMLElement>("[style*='top']");
      return row ? Math.round(parseFloat(row.style.top) / lineHeight) + 1 : undefined;
    };
    const squiggles = [...root.querySelectorAll(".squiggly-error")].map(lineOf).filter((n): n is number => n !== undefined);
    return { squiggles, cursorLine: lineOf(root.querySelector(".view-overlays .current-line")) };
  });
}

function errorBar(page: Page) {
  return page.getByRole("group", { name: "Where the program stopped" });
}

describe("error line", () => {
  const h = useHarness("dark");
  let board: MockBoard | undefined;
  afterEach(() => board?.close());

  it("MicroPython: a NameError on line 3 marks line 3 (hover says why) and the link puts the cursor there", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");
    await replaceText(h.app, "main.py", 'import time\nprint("line 1 of the output")\nprint(ledd)\nprint("never")\n');
    const sim = new SimulatorPage(h.app);
    await sim.run();
    await sim.waitForTerminal(`NameError: name 'ledd' isn't defined`);
    const bar = errorBar(h.app.page);
    await bar.getByText("NameError: name 'ledd' isn't defined").waitFor();
    await h.app.page.locator(".monaco-host .squiggly-error").waitFor();
    expect((await editorMarks(h.app.page)).squiggles).toEqual([3]);

    // The hover over the squiggle gives the message.
    await h.app.page.locator(".monaco-host .view-line").filter({ hasText: "print(ledd)" }).hover({ position: { x: 30, y: 5 } });
    await h.app.page.locator(".monaco-hover").filter({ hasText: "NameError: name 'ledd' isn't defined" }).waitFor();

    await h.app.putCursorAtStart("main.py");
    expect((await editorMarks(h.app.page)).cursorLine).toBe(1);
    await bar.getByRole("button", { name: "line 3 of main.py" }).click();
    await expect.poll(async () => (await editorMarks(h.app.page)).cursorLine).toBe(3);
    await expect.poll(() => h.app.page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).toMatch(/^Editor: main.py/);
    await screenshot(h.app.page, "error-line-micropython");

    // Editing the file clears the marker and the link.
    await h.app.page.keyboard.type("x");
    await bar.waitFor({ state: "detached" });
    await expect.poll(async () => (await editorMarks(h.app.page)).squiggles).toEqual([]);
  });

  it("CircuitPython: an error in lib/helpers.py links to it without opening it; the click opens it at the line; Run clears", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    await h.app.fileAction("New file");
    await h.app.answerPrompt("lib/helpers.py", "Create");
    await h.app.waitForEditor("lib/helpers.py");
    await replaceText(h.app, "lib/helpers.py", "x = 1\ny = 2\ndef blink(): return ledd\n");
    await h.app.waitSaved();
    await h.app.page.getByRole("button", { name: "Close helpers.py" }).click();
    await h.app.editorTab("helpers.py").waitFor({ state: "detached" });
    await replaceText(h.app, "code.py", 'import helpers\nprint("hi")\nhelpers.blink()\n');

    const sim = new SimulatorPage(h.app);
    await sim.run();
    const link = errorBar(h.app.page).getByRole("button", { name: "line 3 of lib/helpers.py" });
    await link.waitFor();
    // Nothing was opened on its own: code.py (the only tab) has no marker.
    expect(await h.app.editorTab("helpers.py").count()).toBe(0);
    expect((await editorMarks(h.app.page)).squiggles).toEqual([]);

    await link.click();
    await h.app.editorTab("helpers.py").waitFor();
    await h.app.page.locator(".monaco-host .squiggly-error").waitFor();
    expect(await editorMarks(h.app.page)).toEqual({ squiggles: [3], cursorLine: 3 });
    await screenshot(h.app.page, "error-line-circuitpython-lib");

    // Running again clears the error until the program fails again.
    await h.app.page.getByRole("button", { name: "Close helpers.py" }).click();
    await sim.button("Stop").click();
    await sim.button("Run").click();
    await expect.poll(() => errorBar(h.app.page).count()).toBe(0);
    await link.waitFor();
  });

  it("a real board's Run file: the <stdin> frame of its traceback is the file that ran", async () => {
    board = await installMockSerial(h.app.page, { files: [] });
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");
    await replaceText(h.app, "main.py", 'print("one")\nprint("two")\nprint(10 / 0)\n');
    const dev = new DevicePage(h.app);
    await dev.connect();
    await dev.info.getByText("At the REPL prompt").waitFor();
    await dev.boardButton("Run file").click();
    await dev.waitForTerminal("ZeroDivisionError", 20000);
    const bar = errorBar(h.app.page);
    await bar.getByRole("button", { name: "line 3 of main.py" }).waitFor();
    await h.app.page.locator(".monaco-host .squiggly-error").waitFor();
    expect((await editorMarks(h.app.page)).squiggles).toEqual([3]);
    await screenshot(h.app.page, "error-line-board-run-file");
    // At the prompt, <stdin> is what was typed: no file is blamed for it, and the old error is replaced.
    await dev.typeLine("print(nothing)");
    await dev.waitForTerminal("NameError", 10000);
    await bar.waitFor({ state: "detached" });
  });
});
