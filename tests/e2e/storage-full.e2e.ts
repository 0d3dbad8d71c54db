// Storage full: the save fails with a clear message, the text stays in the editor, and a later save works once
// there is space again. The site's quota is shrunk through the Chrome DevTools Protocol before the first visit.
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";

const QUOTA_BYTES = 256 * 1024;

describe("storage full", () => {
  const h = useHarness();

  it("keeps the text, says so, and saves once space is back", async () => {
    const page = h.app.page;
    const origin = new URL(h.baseUrl).origin;
    const cdp = await h.context.newCDPSession(page);
    // Small enough that a 200 KB paste can't be stored (the service worker's precache won't fit either; not needed here).
    await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: QUOTA_BYTES });
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");

    // A big paste (typing that much through the protocol would take minutes).
    await h.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.evaluate((text) => navigator.clipboard.writeText(text), `# ${"x".repeat(100)}\n`.repeat(2000));
    await h.app.putCursorAtStart("code.py");
    await page.keyboard.press("Control+v");
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
