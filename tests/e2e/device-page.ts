// Page object for the real-board panel (the Board target): connection, info, run bar, progress, messages, board files
// and the USB terminal, found by role and name. Terminal helpers come from the simulator's page object.
import type { Locator } from "playwright-core";
import { SimulatorPage } from "./simulator-page";

export class DevicePage extends SimulatorPage {
  override get terminal(): Locator {
    return this.page.getByRole("region", { name: "USB board terminal" });
  }
  get targets(): Locator {
    return this.page.getByRole("tablist", { name: "Run on" });
  }
  get connection(): Locator {
    return this.page.getByRole("toolbar", { name: "Board connection" });
  }
  get linkStatus(): Locator {
    return this.page.getByTestId("board-link");
  }
  get runBar(): Locator {
    return this.page.getByRole("toolbar", { name: "Board", exact: true });
  }
  boardButton(name: string): Locator {
    return this.runBar.getByRole("button", { name, exact: true });
  }
  get info(): Locator {
    return this.page.getByRole("region", { name: "Board info" });
  }
  get progress(): Locator {
    return this.page.getByRole("group", { name: "Board operation" });
  }
  get problem(): Locator {
    return this.page.locator(".dev-problem[role=alert]");
  }
  get notice(): Locator {
    return this.page.locator(".dev-notice[role=status]");
  }
  get fileToolbar(): Locator {
    return this.page.getByRole("toolbar", { name: "Board file actions" });
  }
  get boardTree(): Locator {
    return this.page.getByRole("tree", { name: "Board files" });
  }
  boardItem(name: string): Locator {
    return this.boardTree.getByRole("treeitem", { name, exact: true });
  }
  entryAction(path: string, name: string): Locator {
    return this.page.getByRole("group", { name: `Actions for ${path}` }).getByRole("button", { name, exact: true });
  }

  async showBoardTarget(): Promise<void> {
    await this.targets.getByRole("tab", { name: "Board" }).click();
  }

  async connect(): Promise<void> {
    await this.showBoardTarget();
    await this.connection.getByRole("button", { name: "Connect", exact: true }).click();
    await this.waitForLink("Connected");
  }

  async waitForLink(text: "Connected" | "Reconnecting…" | "Not connected" | "Disconnected", timeoutMs = 10000): Promise<void> {
    await this.page.getByRole("status", { name: `Board connection: ${text}` }).waitFor({ timeout: timeoutMs });
  }

  /** Waits until no board operation runs (the progress group is gone). */
  async waitIdle(timeoutMs = 60000): Promise<void> {
    await this.progress.waitFor({ state: "detached", timeout: timeoutMs });
  }
}
