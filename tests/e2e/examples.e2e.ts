// The examples gallery end to end: with the network off after one visit, an example opens as a new project with its
// wiring and runs on the simulated Pico; opening it again makes another project, never replacing the first.
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";
import { SimulatorPage } from "./simulator-page";
import { SharePage } from "./share-page";

/** What each example prints on the app's simulated Pico (terminal text, whitespace ignored). */
const SHARED: Record<string, string | RegExp> = {
  Blink: "LED on LED off LED on",
  "Button with debounce": "Press the button on GP14",
  "PWM fade": "Fading in Fading out",
  "Potentiometer to LED": "Knob at 50 %",
  "Internal temperature": /Chiptemperature:\d+\.\dC/,
  "NeoPixel rainbow": "Rainbow on 8 NeoPixels on GP16",
  "OLED hello": "I2C devices found: ['0x3c'] Drew hello on the OLED",
  "PIO blink": "CPU still free after 1 s",
};
const IN_APP = {
  MicroPython: { ...SHARED, "PIO blink": "PIO state machine 0 is blinking the LED CPU still free after 1 s", "asyncio with two tasks": "Tick 1 Tick 2" },
  CircuitPython: { ...SHARED, "USB keyboard macro": "Press the button on GP14 to type the macro", "asyncio with two tasks": "Tick 1 Tick 2" },
};
describe("examples gallery", () => {
  const h = useHarness();

  it("opens an example offline, wired, and runs it", async () => {
    const page = h.app.page;
    const share = new SharePage(h.app);
    await h.app.goto();
    // One online visit installs the service worker, which precaches the gallery's chunk with everything else.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });
    await h.context.setOffline(true);
    await page.reload();
    await h.app.welcomeHeading.waitFor();

    await page.getByRole("button", { name: /Start from an example/ }).click();
    await share.gallery.waitFor();
    await share.gallery.getByRole("list", { name: "MicroPython examples" }).getByRole("listitem").first().waitFor();
    expect(await share.gallery.getByRole("listitem").count()).toBe(9);
    await share.gallery.getByRole("radio", { name: "CircuitPython" }).check();
    await share.gallery.getByRole("list", { name: "CircuitPython examples" }).waitFor();
    expect(await share.gallery.getByRole("listitem").count()).toBe(10);
    await screenshot(page, "examples-gallery");
    // Each card lists the parts its example's wiring.json wires.
    const card = share.gallery.getByRole("listitem").filter({ hasText: "Button with debounce" });
    await card.getByText("Parts: Button on GP14, LED on GP15").waitFor();

    await share.openExample("Button with debounce", "CircuitPython");
    await h.app.waitForEditor("code.py");
    expect(await h.app.editorText()).toContain("# Button with debounce");
    await h.app.treeItem("wiring.json").waitFor(); // the project's wiring is a file in it, as on the CLI
    const sim = new SimulatorPage(h.app);
    await page.getByRole("button", { name: "Button on GP14", exact: true }).waitFor();
    await page.getByRole("combobox", { name: "Pin for LED on GP15" }).waitFor();
    await sim.run();
    await sim.waitForTerminal("Press the button on GP14");
    // Hold the button for 0.1 s, longer than the 20 ms debounce: one press counted, the LED toggled.
    const button = page.getByRole("button", { name: "Button on GP14", exact: true });
    await button.focus();
    await page.keyboard.down("Space");
    await page.waitForTimeout(100);
    await page.keyboard.up("Space");
    await sim.waitForTerminal("Pressed 1 times");
    await screenshot(page, "example-button-running");
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // The same example again is a second project: the first, with anything changed in it, is kept.
    await page.getByRole("banner").getByRole("button", { name: "Examples" }).click();
    await share.openExample("Button with debounce", "CircuitPython");
    await page.getByRole("button", { name: "Project: Button with debounce (CircuitPython) 2" }).waitFor();
    expect((await share.projectNames()).sort()).toEqual(["Button with debounce (CircuitPython)", "Button with debounce (CircuitPython) 2"]);
  });

  for (const flavor of ["MicroPython", "CircuitPython"] as const) {
    it(`every ${flavor} example opens wired and runs in the app's simulator`, async () => {
      const page = h.app.page;
      const share = new SharePage(h.app);
      await h.app.goto();
      for (const [title, expected] of Object.entries(IN_APP[flavor])) {
        await page.getByRole("banner").getByRole("button", { name: "Examples" }).click();
        await share.openExample(title, flavor);
        await h.app.waitForEditor(flavor === "MicroPython" ? "main.py" : "code.py");
        const sim = new SimulatorPage(h.app);
        await sim.run();
        const text = await sim.waitForTerminal(expected, 10_000);
        expect(text, `${flavor} ${title}`).not.toContain("Traceback");
        if (title === "OLED hello" || title === "NeoPixel rainbow") await screenshot(page, `example-${flavor}-${title}`.toLowerCase().replace(/ /g, "-"));
        await sim.button("Stop").click();
      }
    });
  }
});
