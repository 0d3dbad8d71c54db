// Share links end to end: share a project in one browser profile, open the link in a fresh one (preview, open,
// Run; an example whose wiring.json wires the friend's board), a link arriving while the app is open (Cancel changes
// nothing), and hostile links refused with no effect.
import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { toBase64Url } from "../../src/storage/share-link";
import { newContext, screenshot } from "./support/browser";
import { useHarness } from "./support/harness";
import { PycoPage } from "./support/pyco-page";
import { SimulatorPage } from "./simulator-page";
import { SharePage, withoutFragment } from "./share-page";

/** A link with any header and bytes, as an attacker would craft it (the real encoder refuses nothing). */
function craftedLink(baseUrl: string, header: unknown, body: Uint8Array): string {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const payload = new Uint8Array(4 + json.length + body.length);
  new DataView(payload.buffer).setUint32(0, json.length, true);
  payload.set(json, 4);
  payload.set(body, 4 + json.length);
  return `${baseUrl}#p=1.${toBase64Url(deflateSync(payload))}`;
}

/** Source text that compresses like real code (a repeated line would squeeze to nothing). */
function bigSource(bytes: number): string {
  let out = "";
  for (let i = 0; out.length < bytes; i++) out += `value_${i} = (${(i * 7919) % 1000} * ${(i * 104729) % 997}) % ${i + 13}  # step ${i}\n`;
  return out;
}

describe("share links", () => {
  const h = useHarness();

  function trackErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`${e.name}: ${e.message}`));
    return errors;
  }

  it("shares a project in one profile and opens, previews and runs it in a fresh one", async () => {
    await h.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const share = new SharePage(h.app);
    const sim = new SimulatorPage(h.app);
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");
    await h.app.typeAtStart("main.py", 'print("hello from the link")\n');
    await h.app.waitSaved();
    await h.app.uploadFiles([{ name: "logo.bin", mimeType: "application/octet-stream", buffer: Buffer.from([0, 1, 2, 0xff, 0xfe]) }]);
    await sim.addPart("LED");
    await sim.page.getByRole("button", { name: "LED on GP15" }).waitFor();

    const link = await share.shareLink();
    expect(link.startsWith(`${h.baseUrl}#p=1.`)).toBe(true);
    const lengthText = await share.shareDialog.getByTestId("share-link-length").textContent();
    expect(lengthText).toBe(`The link is ${link.length.toLocaleString("en-US")} characters long.`);
    await share.shareDialog.getByRole("img", { name: "QR code of the share link" }).waitFor();
    expect(await share.shareDialog.getByRole("note", { name: "Long link" }).count()).toBe(0);
    await share.shareDialog.getByRole("button", { name: "Copy" }).click();
    await share.shareDialog.getByRole("status").filter({ hasText: "Copied to the clipboard." }).waitFor();
    expect(await h.app.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await screenshot(h.app.page, "share-dialog");
    await share.closeShareDialog();

    // A different browser profile: its own (empty) storage, as on a friend's computer.
    const fresh = await newContext(h.browser);
    try {
      const page = await fresh.newPage();
      const errors = trackErrors(page);
      const friend = new PycoPage(page, h.baseUrl);
      const theirs = new SharePage(friend);
      await page.goto(link);
      await theirs.preview.waitFor();
      const table = theirs.preview.getByRole("table", { name: "Files in the link" });
      await table.getByRole("row", { name: /main\.py/ }).waitFor();
      expect(await table.getByRole("row", { name: /logo\.bin\s+5 bytes/ }).count()).toBe(1);
      await theirs.preview.getByText("Wired parts: LED on GP15.").waitFor();
      await theirs.preview.getByRole("button", { name: "View main.py" }).click();
      await theirs.preview.getByRole("region", { name: "Contents of main.py" }).getByText('print("hello from the link")').waitFor();
      await theirs.preview.getByRole("button", { name: "View logo.bin" }).click();
      await theirs.preview.getByRole("region", { name: "Contents of logo.bin" }).getByText(/binary file \(5 bytes\)/).waitFor();
      await screenshot(page, "share-link-preview");

      await theirs.preview.getByRole("button", { name: "Open as a new project" }).click();
      await page.getByRole("button", { name: "Project: MicroPython project" }).waitFor();
      await friend.waitForEditor("main.py");
      expect(page.url()).toBe(withoutFragment(link));
      await friend.treeItem("logo.bin").waitFor();
      const theirSim = new SimulatorPage(friend);
      await page.getByRole("button", { name: "LED on GP15" }).waitFor();
      await theirSim.run();
      await theirSim.waitForTerminal("hello from the link");
      await screenshot(page, "share-link-opened-and-running");
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it("an example shared to a fresh profile keeps its wiring.json: the friend's board is wired and the button works", async () => {
    const share = new SharePage(h.app);
    await h.app.goto();
    await h.app.page.getByRole("button", { name: /Start from an example/ }).click();
    await share.openExample("Button with debounce", "MicroPython");
    await h.app.waitForEditor("main.py");
    const link = await share.shareLink();
    await share.closeShareDialog();

    const fresh = await newContext(h.browser);
    try {
      const page = await fresh.newPage();
      const errors = trackErrors(page);
      const friend = new PycoPage(page, h.baseUrl);
      const theirs = new SharePage(friend);
      await page.goto(link);
      const table = theirs.preview.getByRole("table", { name: "Files in the link" });
      await table.getByRole("row", { name: /wiring\.json/ }).waitFor();
      await theirs.preview.getByText("Wired parts: Button on GP14, LED on GP15.").waitFor();
      await theirs.preview.getByRole("button", { name: "Open as a new project" }).click();
      await friend.waitForEditor("main.py");
      await friend.treeItem("wiring.json").waitFor();
      const sim = new SimulatorPage(friend);
      await sim.run();
      await sim.waitForTerminal("Press the button on GP14");
      const button = page.getByRole("button", { name: "Button on GP14", exact: true });
      await button.focus();
      await page.keyboard.down("Space");
      await page.waitForTimeout(100);
      await page.keyboard.up("Space");
      await sim.waitForTerminal("Pressed 1 times");
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it("offers a link that arrives while the app is open; Cancel leaves everything as it was", async () => {
    const share = new SharePage(h.app);
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    const link = await share.shareLink();
    await share.closeShareDialog();
    const before = await share.projectNames();

    await h.app.page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf("#")));
    await share.preview.waitFor();
    await share.preview.getByRole("button", { name: "Cancel" }).click();
    await share.preview.waitFor({ state: "detached" });
    expect(h.app.page.url()).toBe(withoutFragment(link));
    expect(await share.projectNames()).toEqual(before);

    // Opening it makes a second project beside the first (never over it).
    await h.app.page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf("#")));
    await share.preview.getByRole("button", { name: "Open as a new project" }).click();
    await h.app.page.getByRole("button", { name: "Project: CircuitPython project 2" }).waitFor();
    expect((await share.projectNames()).sort()).toEqual(["CircuitPython project", "CircuitPython project 2"]);
  });

  it("refuses a hostile link with a clear message and changes nothing", async () => {
    const share = new SharePage(h.app);
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    await h.app.waitForEditor("main.py");
    const before = await share.projectNames();

    const evil = craftedLink(h.baseUrl, { name: "evil", flavor: "micropython", files: [["main.py", 2], ["../../etc/evil.py", 2]] }, new TextEncoder().encode("hihi"));
    await h.app.page.goto(evil);
    await share.refused.waitFor();
    await share.refused.getByText(/points outside the project, so nothing was imported/).waitFor();
    await share.refused.getByText("Nothing was added or changed.").waitFor();
    await screenshot(h.app.page, "share-link-refused");
    await share.refused.getByRole("button", { name: "OK" }).click();
    await share.refused.waitFor({ state: "detached" });
    expect(h.app.page.url()).toBe(withoutFragment(evil));
    expect(await share.projectNames()).toEqual(before);

    // A link cut short in a chat window is refused too, in a fresh profile that ends with no project at all.
    const cut = await share.shareLink();
    const fresh = await newContext(h.browser);
    try {
      const page = await fresh.newPage();
      const errors = trackErrors(page);
      await page.goto(cut.slice(0, cut.length - 12));
      const theirs = new SharePage(new PycoPage(page, h.baseUrl));
      await theirs.refused.getByText(/cut short|damaged|incomplete/).waitFor();
      await theirs.refused.getByRole("button", { name: "OK" }).click();
      await page.getByRole("heading", { name: "Welcome to Pyco" }).waitFor();
      expect(await page.getByRole("region", { name: "Your projects" }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it("leaves out lib/ when asked: a shorter link whose project keeps an empty lib/", async () => {
    const share = new SharePage(h.app);
    await h.app.goto();
    await h.app.page.getByRole("button", { name: /Start from an example/ }).click();
    await share.openExample("OLED hello", "MicroPython");
    const full = await share.shareLink();
    const checkbox = share.shareDialog.getByRole("checkbox", { name: "Leave out the libraries in lib/" });
    expect(await checkbox.isChecked()).toBe(false);
    await share.shareDialog.getByText(/lib\/ holds: ssd1306\.py\./).waitFor();
    await checkbox.check();
    await expect.poll(() => share.linkInput.inputValue()).not.toBe(full);
    const lean = await share.linkInput.inputValue();
    expect(lean.length).toBeLessThan(full.length);
    await screenshot(h.app.page, "share-leave-out-lib");
    await share.closeShareDialog();

    await h.app.page.evaluate((hash) => (location.hash = hash), lean.slice(lean.indexOf("#")));
    const table = share.preview.getByRole("table", { name: "Files in the link" });
    await table.getByRole("row", { name: /main\.py/ }).waitFor();
    expect(await table.getByRole("row", { name: /lib\/\s+folder/ }).count()).toBe(1);
    expect(await table.getByRole("row", { name: /ssd1306/ }).count()).toBe(0);
    await share.preview.getByRole("note", { name: "Left out of the link" }).getByText(/left these out of the link: lib\/ssd1306\.py\. Install them into lib\/ again from micropython-lib/).waitFor();
    await screenshot(h.app.page, "share-link-preview-lib-left-out");
    await share.preview.getByRole("button", { name: "Cancel" }).click();
  });

  it("warns that a long link may be cut and offers the .zip instead", async () => {
    const share = new SharePage(h.app);
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    await h.app.uploadFiles([{ name: "big.py", mimeType: "text/x-python", buffer: Buffer.from(bigSource(30_000)) }]);
    await h.app.treeItem("big.py").waitFor();
    const link = await share.shareLink();
    expect(link.length).toBeGreaterThan(4000);
    const warning = share.shareDialog.getByRole("note", { name: "Long link" });
    await warning.getByText(/Chat and mail tools may cut links longer than 4,000 characters/).waitFor();
    await share.shareDialog.getByText(/too long for a QR code/).waitFor();
    await screenshot(h.app.page, "share-long-link");
    const download = await h.app.download(() => warning.getByRole("button", { name: "Export as .zip" }).click());
    expect(download.suggestedFilename()).toBe("CircuitPython project.zip");
  });
});
