// Storage full: the save fails with a clear message, the text stays in the editor, and a later save works once
// there is space again. The quota is shrunk through the Chrome DevTools Protocol.
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";

describe("storage full", () => {
  const h = useHarness();

  it("keeps the text, says so, and saves once space is back", async () => {
    const page = h.app.page;
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    const cdp = await h.context.newCDPSession(page);
    const origin = new URL(h.baseUrl).origin;
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: usage });

    await h.app.putCursorAtStart("code.py");
    // Kept small: typing into Monaco through the protocol costs about 1.6 ms per character.
    const big = `# ${"x".repeat(100)}\n`.repeat(12);
    await page.keyboard.insertText(big);
    await page.keyboard.press("Control+s");
    await h.app.alert(/Storage is full/).waitFor();
    await page.getByRole("status", { name: "Save status: Not saved" }).waitFor();
    expect(await h.app.editorText()).toContain("x".repeat(60));
    await screenshot(page, "storage-full");

    await cdp.send("Storage.overrideQuotaForOrigin", { origin });
    await page.keyboard.press("Control+s");
    await h.app.waitSaved();
    await page.reload();
    await h.app.waitForEditor("code.py");
    expect(await h.app.editorText()).toContain("x".repeat(60));
  });
});
