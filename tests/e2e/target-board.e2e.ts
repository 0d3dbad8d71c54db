// A program written for the Feather RP2040's pin names (board.D5, board.NEOPIXEL): on the Pico it stops with the
// firmware's AttributeError and a hint naming the Feather; choosing "Adafruit Feather RP2040" in the parts panel's
// Board select writes wiring.json's "board", and the same program runs as written, drawn on the Pico's outline
// with the Feather's pin names.
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";
import { SimulatorPage } from "./simulator-page";

const FEATHER_PROGRAM = [
  "import time, board, digitalio, neopixel_write",
  "print('board id:', board.board_id)",
  "pixel = digitalio.DigitalInOut(board.NEOPIXEL)",
  "pixel.direction = digitalio.Direction.OUTPUT",
  "neopixel_write.neopixel_write(pixel, bytearray([0, 255, 0]))  # GRB: red",
  "d5 = digitalio.DigitalInOut(board.D5)",
  "d5.switch_to_output(True)",
  "print('D5 is high')",
  "while True:",
  "    time.sleep(0.1)",
  "",
].join("\n");

describe("a project targeting another RP2040 board", () => {
  const h = useHarness("dark");

  it("runs a Feather RP2040 program as written once the Board select says Feather RP2040", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    await h.app.waitForEditor("code.py");
    const sim = new SimulatorPage(h.app);
    await sim.putFile("code.py", FEATHER_PROGRAM);

    // On the Pico: the firmware's AttributeError, and the hint that names the board the pin belongs to.
    await sim.run();
    // (The terminal shows its last screen: the end of the hint under the AttributeError for board.NEOPIXEL, which
    // is GPIO14 on the Metro RP2040.)
    const pico = await sim.waitForTerminal("Code done running.", 15000);
    expect(pico).toContain('MetroRP2040(GPIO14);set"board":"adafruit_feather_rp2040"');
    await sim.button("Stop").click();

    await sim.chooseBoard("Adafruit Feather RP2040");
    await h.app.treeItem("wiring.json").waitFor();
    const feather = sim.boardNamed("Adafruit Feather RP2040");
    await feather.waitFor();
    await sim.run();
    await sim.waitForTerminal("D5 is high", 15000);
    expect(await sim.terminalText()).toContain("board id: adafruit_feather_rp2040");
    // D5 is GPIO7: the pad the Pico calls GP7, labelled D5, is driven high; the NeoPixel on GPIO16 shows red.
    const d5 = feather.locator('[data-pin="GP7"]');
    await expect.poll(() => d5.getAttribute("data-state"), { timeout: 5000 }).toBe("high");
    expect(await d5.textContent()).toContain("D5");
    await expect.poll(async () => feather.locator(".sim-pixels").first().getAttribute("data-colors"), { timeout: 5000 }).toBe("#ff0000");
    await screenshot(sim.page, "target-board-feather");
  });
});
