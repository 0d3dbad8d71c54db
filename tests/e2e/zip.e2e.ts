// Export a project as .zip and import it back as a new project; a hostile zip is refused with a clear message.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";

describe("zip export and import", () => {
  const h = useHarness();

  it("exports the project as a zip and imports it as a new project", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    await h.app.typeAtStart("code.py", "# exported\n");
    const download = await h.app.download(() => h.app.projectMenu("Export as .zip"));
    expect(download.suggestedFilename()).toBe("CircuitPython project.zip");
    const zip = readFileSync(await download.path());
    expect(zip.subarray(0, 2).toString()).toBe("PK");

    await h.app.chooseFile(() => h.app.projectMenu("Import .zip…"), { name: "Blink copy.zip", mimeType: "application/zip", buffer: zip });
    await h.app.page.getByRole("button", { name: "Project: Blink copy" }).waitFor();
    await h.app.waitForEditor("code.py");
    expect(await h.app.editorText()).toContain("# exported");
    await h.app.treeItem("settings.toml").waitFor();
  });

  it("imports a folder from the computer as a new project (flavour detected from main.py)", async () => {
    const root = mkdtempSync(join(tmpdir(), "pyco-e2e-folder-"));
    const folder = join(root, "Weather station");
    mkdirSync(join(folder, "lib"), { recursive: true });
    writeFileSync(join(folder, "main.py"), "import sensor\n");
    writeFileSync(join(folder, "lib", "sensor.mpy"), Buffer.from([0x4d, 6, 0, 0x1f, 0, 1]));
    await h.app.goto();
    const chooser = h.app.page.waitForEvent("filechooser");
    await h.app.page.getByRole("button", { name: "Import folder…" }).click();
    try {
      // Chromium reads the chosen files lazily, so the folder stays until the project is in.
      await (await chooser).setFiles(folder);
      await h.app.page.getByRole("button", { name: "Project: Weather station" }).waitFor();
      await h.app.page.getByText("MicroPython", { exact: true }).waitFor();
      await h.app.waitForEditor("main.py");
      await h.app.treeItem("lib").click();
      await h.app.treeItem("sensor.mpy").waitFor();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("refuses a zip with a ../ path and changes nothing", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");
    const evil = Buffer.from(zipSync({ "main.py": strToU8("print('hi')"), "../evil.py": strToU8("import os") }));
    await h.app.chooseFile(() => h.app.projectMenu("Import .zip…"), { name: "evil.zip", mimeType: "application/zip", buffer: evil });
    await h.app.alert(/points outside the project, so nothing was imported/).waitFor();
    await screenshot(h.app.page, "hostile-zip-refused");
    await h.app.projectButton.click();
    expect(await h.app.page.getByRole("menuitemradio").count()).toBe(1);
  });
});
