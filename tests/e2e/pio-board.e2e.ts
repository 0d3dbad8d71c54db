// PIO on the board view end to end: the "PIO blink" example of each flavour, where a PIO state machine (not the CPU)
// drives GP25, lights and darkens the drawn on-board LED about every 0.5 s.
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";
import { SimulatorPage, ledEdges } from "./simulator-page";
import { SharePage } from "./share-page";

describe("PIO-driven pins on the board view", () => {
  const h = useHarness();

  for (const flavor of ["MicroPython", "CircuitPython"] as const) {
    it(`${flavor} "PIO blink" blinks the board's LED from a state machine`, async () => {
      const page = h.app.page;
      const share = new SharePage(h.app);
      await h.app.goto();
      await page.getByRole("button", { name: /Start from an example/ }).click();
      await share.openExample("PIO blink", flavor);
      await h.app.waitForEditor(flavor === "MicroPython" ? "main.py" : "code.py");
      const sim = new SimulatorPage(h.app);
      await sim.run();
      await sim.waitForTerminal("CPU still free after 1 s", 10_000);
      // The state machine sets GP25 high for 999 cycles at 2 kHz, then low as long: the LED shows both states.
      await sim.waitForLed(true, 3000);
      await screenshot(page, `pio-blink-${flavor.toLowerCase()}-led-on`);
      await sim.waitForLed(false, 3000);
      const edges = await ledEdges(sim, 2600);
      expect(edges.length).toBeGreaterThanOrEqual(4);
      // The page samples the drawn LED; a busy machine can delay a frame. ±250 ms still tells 0.5 s from 0.25 or 1 s.
      for (let i = 1; i < edges.length; i++) expect(Math.abs(edges[i] - edges[i - 1] - 500)).toBeLessThan(250);
      await sim.button("Stop").click();
    });
  }
});
