// Page object for Pyco: every element is found by its accessible role and name, as a user (or screen reader) would.
import type { Download, Locator, Page } from "playwright-core";

export type Flavor = "CircuitPython" | "MicroPython";

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class PycoPage {
  constructor(readonly page: Page, readonly baseUrl: string) {}

  async goto(): Promise<void> {
    await this.page.goto(this.baseUrl);
    await this.page.getByRole("status").filter({ hasText: "Opening your projects" }).waitFor({ state: "detached" });
  }

  // --- landmarks --------------------------------------------------------------------------------

  get welcomeHeading(): Locator {
    return this.page.getByRole("heading", { name: "Welcome to Pyco" });
  }
  get tree(): Locator {
    return this.page.getByRole("tree", { name: "Project files" });
  }
  treeItem(name: string): Locator {
    return this.tree.getByRole("treeitem", { name, exact: true });
  }
  editorTab(name: string): Locator {
    return this.page.getByRole("tablist", { name: "Open files" }).getByRole("tab", { name });
  }
  get projectButton(): Locator {
    return this.page.getByRole("button", { name: /^Project: / });
  }
  get saveStatus(): Locator {
    return this.page.getByRole("status", { name: /^Save status/ });
  }
  /** The Monaco editor's text input, named after the open file. */
  editorInput(path: string): Locator {
    return this.page.getByRole("textbox", { name: `Editor: ${path}` });
  }
  get dialog(): Locator {
    return this.page.getByRole("dialog");
  }
  alert(text: string | RegExp): Locator {
    return this.page.getByRole("alert").filter({ hasText: text });
  }

  // --- projects -----------------------------------------------------------------------------------

  async newProjectFromWelcome(flavor: Flavor): Promise<void> {
    await this.page.getByRole("button", { name: `New ${flavor} project` }).click();
    await this.tree.waitFor();
  }

  async projectMenu(item: string | RegExp): Promise<void> {
    await this.projectButton.click();
    await this.page.getByRole("menu").getByRole("menuitem", { name: item }).click();
  }

  async switchToProject(name: string): Promise<void> {
    await this.projectButton.click();
    await this.page.getByRole("menuitemradio", { name, exact: true }).click();
    await this.page.getByRole("button", { name: `Project: ${name}` }).waitFor();
  }

  // --- editor ---------------------------------------------------------------------------------------

  async waitForEditor(path: string): Promise<void> {
    await this.page.locator(".monaco-host[data-editor-ready=true] .view-lines").waitFor();
    await this.editorInput(path).waitFor({ state: "attached" });
  }

  /**
   * The visible text of the editor (short files only: Monaco renders only the lines on screen). Monaco reuses
   * line elements, so their DOM order is not the line order: sort them by their vertical position.
   */
  async editorText(): Promise<string> {
    return this.page.locator(".monaco-host .view-lines").evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>(".view-line")]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((line) => (line.textContent ?? "").replace(/\u00a0/g, " "))
        .join("\n"),
    );
  }

  /** Types at the very start of the file, where no auto-indent or auto-closing gets in the way. */
  async typeAtStart(path: string, text: string): Promise<void> {
    await this.putCursorAtStart(path);
    await this.page.keyboard.type(text);
  }

  async putCursorAtStart(path: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.locator(".monaco-host .view-lines").click();
    await this.editorInput(path).focus();
    await this.page.keyboard.press("Control+Home");
  }

  async waitSaved(): Promise<void> {
    await this.page.getByRole("status", { name: "Save status: All changes saved" }).waitFor();
  }

  // --- files ------------------------------------------------------------------------------------------

  async fileAction(action: string): Promise<void> {
    await this.page.getByRole("group", { name: "File actions" }).getByRole("button", { name: action, exact: true }).click();
  }

  async answerPrompt(value: string, confirm: string): Promise<void> {
    const input = this.dialog.getByRole("textbox");
    await input.fill(value);
    await this.dialog.getByRole("button", { name: confirm }).click();
    await this.dialog.waitFor({ state: "detached" });
  }

  async uploadFiles(files: UploadFile[]): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.fileAction("Upload files");
    await (await chooser).setFiles(files);
  }

  async chooseFile(trigger: () => Promise<void>, file: UploadFile): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await trigger();
    await (await chooser).setFiles(file);
  }

  async download(trigger: () => Promise<void>): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await trigger();
    return download;
  }
}
