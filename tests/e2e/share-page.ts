// Page object for sharing: the Share dialog, an incoming link's preview, a refused link, and the examples gallery.
import type { Locator, Page } from "playwright-core";
import type { PycoPage } from "./support/pyco-page";

export class SharePage {
  readonly page: Page;

  constructor(readonly app: PycoPage) {
    this.page = app.page;
  }

  get shareButton(): Locator {
    return this.page.getByRole("banner").getByRole("button", { name: "Share", exact: true });
  }
  get shareDialog(): Locator {
    return this.page.getByRole("dialog", { name: /^Share "/ });
  }
  get linkInput(): Locator {
    return this.shareDialog.getByRole("textbox", { name: "Share link" });
  }
  get preview(): Locator {
    return this.page.getByRole("dialog", { name: "Open a shared project?" });
  }
  get refused(): Locator {
    return this.page.getByRole("alertdialog", { name: "This link can't be opened" });
  }
  get gallery(): Locator {
    return this.page.getByRole("dialog", { name: "Examples" });
  }

  /** Opens the Share dialog and returns the link it shows. */
  async shareLink(): Promise<string> {
    await this.shareButton.click();
    await this.linkInput.waitFor();
    return this.linkInput.inputValue();
  }

  async closeShareDialog(): Promise<void> {
    await this.shareDialog.getByRole("button", { name: "Close", exact: true }).click();
    await this.shareDialog.waitFor({ state: "detached" });
  }

  /** The names of the projects in the header's project menu (closes the menu again). */
  async projectNames(): Promise<string[]> {
    await this.app.projectButton.click();
    const names = await this.page.getByRole("menuitemradio").allTextContents();
    await this.page.keyboard.press("Escape");
    return names.map((n) => n.trim());
  }

  async openExample(title: string, flavor: "MicroPython" | "CircuitPython"): Promise<void> {
    await this.gallery.getByRole("radio", { name: flavor }).check();
    await this.gallery.getByRole("button", { name: `Open example: ${title} (${flavor})` }).click();
    await this.page.getByRole("button", { name: `Project: ${title} (${flavor})` }).waitFor();
  }
}

/** The address without its fragment (what the address bar shows after a link was handled). */
export function withoutFragment(url: string): string {
  return url.split("#")[0]!;
}
