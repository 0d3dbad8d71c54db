// The part views in the app, on programs running on the simulated Pico: the OLED's canvas really painted with the
// pixels the program drew, the buzzer's tone silent until Sound is pressed (and the AudioContext made only then),
// and the encoder's turn buttons reaching the program.
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { useHarness } from "./support/harness";
import { SimulatorPage } from "./simulator-page";
import { SharePage } from "./share-page";

describe("part views", () => {
  const h = useHarness("dark");

  it("the OLED example's panel shows its pixels, painted on the canvas as counted", async () => {
    const page = h.app.page;
    await h.app.goto();
    await page.getByRole("button", { name: /Start from an example/ }).click();
    await new SharePage(h.app).openExample("OLED hello", "MicroPython");
    const sim = new SimulatorPage(h.app);
    await sim.run();
    await sim.waitForTerminal("Drew hello on the OLED", 20000);
    const canvas = page.getByRole("img", { name: /^SSD1306 OLED 0x3C on GP4, GP5: \d+ pixels lit$/ });
    await canvas.waitFor();
    // The frame (a rectangle, "hello", a face) lights several hundred pixels; the canvas has exactly those lit.
    const counted = Number(await canvas.getAttribute("data-lit-pixels"));
    expect(counted).toBeGreaterThan(300);
    const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let lit = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] > 100) lit++;
      return { lit, width: c.width, height: c.height, shown: c.getBoundingClientRect().width };
    });
    expect(painted.width).toBe(128);
    expect(painted.height).toBe(64);
    // The 4×4 dot running along the bottom may have moved between the two reads (a frame half sent).
    expect(Math.abs(painted.lit - counted)).toBeLessThanOrEqual(16);
    expect(painted.shown).toBeGreaterThan(200);
    await canvas.scrollIntoViewIfNeeded();
    await screenshot(page, "part-views-oled");
  });

  it("a buzzer shows its tone, muted until Sound is pressed (the audio context made only then), silent when the program stops it", async () => {
    const page = h.app.page;
    await page.addInitScript(() => {
      const Original = window.AudioContext;
      const seen = window as unknown as { audioContexts: number; oscillator?: OscillatorNode; gain?: GainNode };
      seen.audioContexts = 0;
      window.AudioContext = class extends Original {
        constructor(options?: AudioContextOptions) {
          super(options);
          seen.audioContexts++;
        }
        override createOscillator(): OscillatorNode {
          return (seen.oscillator = super.createOscillator());
        }
        override createGain(): GainNode {
          return (seen.gain = super.createGain());
        }
      };
    });
    /** What the shared oscillator plays now: its wave, frequency and gain. */
    const heard = () =>
      page.evaluate(() => {
        const seen = window as unknown as { oscillator?: OscillatorNode; gain?: GainNode };
        return { type: seen.oscillator?.type, frequency: seen.oscillator?.frequency.value, gain: seen.gain?.gain.value };
      });
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    const sim = new SimulatorPage(h.app);
    await sim.putFile("wiring.json", JSON.stringify({ parts: [{ kind: "buzzer", pins: { signal: 15 } }, { kind: "button", pins: { signal: 14 } }] }));
    // Buzzes until the button is pressed, then goes quiet.
    const main = [
      "from machine import Pin, PWM",
      "import time",
      "button = Pin(14, Pin.IN, Pin.PULL_UP)",
      "bz = PWM(Pin(15))",
      "bz.freq(440)",
      "bz.duty_u16(32768)",
      "print('buzzing')",
      "while button.value():",
      "    time.sleep(0.01)",
      "bz.duty_u16(0)",
      "print('quiet')",
      "while True:",
      "    time.sleep(1)",
    ];
    await sim.putFile("main.py", main.join("\n") + "\n");
    await sim.run();
    await sim.waitForTerminal("buzzing", 20000);
    await page.getByRole("img", { name: "Buzzer on GP15: 440 Hz · volume 100 %" }).waitFor();
    const sound = page.getByRole("button", { name: "Sound of Buzzer on GP15" });
    expect(await sound.getAttribute("aria-pressed")).toBe("false");
    expect(await page.evaluate(() => (window as unknown as { audioContexts: number }).audioContexts)).toBe(0);
    await sound.click();
    expect(await sound.getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => (window as unknown as { audioContexts: number }).audioContexts)).toBe(1);
    // A square wave at the buzzer's frequency, at a low gain (the level settles in a few milliseconds).
    await expect.poll(heard, { timeout: 3000 }).toMatchObject({ type: "square", frequency: 440 });
    await expect.poll(async () => (await heard()).gain ?? 0, { timeout: 3000 }).toBeGreaterThan(0.04);
    expect((await heard()).gain).toBeLessThanOrEqual(Math.fround(0.05)); // an AudioParam holds a 32-bit float
    await sound.click();
    expect(await sound.getAttribute("aria-pressed")).toBe("false");
    await expect.poll(async () => (await heard()).gain ?? 1, { timeout: 3000 }).toBeLessThan(0.001);
    await sound.click();
    expect(await page.evaluate(() => (window as unknown as { audioContexts: number }).audioContexts)).toBe(1);
    await expect.poll(async () => (await heard()).gain ?? 0, { timeout: 3000 }).toBeGreaterThan(0.04);
    // The program silences the buzzer: the sound stops though Sound stays on.
    const button = page.getByRole("button", { name: "Button on GP14", exact: true });
    await button.focus();
    await page.keyboard.down("Space");
    await sim.waitForTerminal("quiet");
    await page.keyboard.up("Space");
    await page.getByRole("img", { name: "Buzzer on GP15: silent" }).waitFor();
    expect(await sound.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(async () => (await heard()).gain ?? 1, { timeout: 3000 }).toBeLessThan(0.001);
  });

  it("the encoder's turn buttons reach the program, a click a detent", async () => {
    const page = h.app.page;
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    const sim = new SimulatorPage(h.app);
    await sim.putFile("wiring.json", JSON.stringify({ parts: [{ kind: "rotary-encoder", pins: { a: 2, b: 3 } }] }));
    await sim.putFile(
      "code.py",
      "import board, rotaryio, time\nenc = rotaryio.IncrementalEncoder(board.GP2, board.GP3)\nlast = None\nwhile True:\n    if enc.position != last:\n        last = enc.position\n        print('position', last)\n    time.sleep(0.01)\n",
    );
    await sim.run();
    await sim.waitForTerminal("position 0", 20000);
    const right = page.getByRole("button", { name: "Turn Rotary encoder on GP2, GP3 right" });
    await right.click();
    await right.click();
    await right.click();
    await sim.waitForTerminal("position 3");
    await page.getByRole("button", { name: "Turn Rotary encoder on GP2, GP3 left" }).click();
    await sim.waitForTerminal("position 3 position 2");
    await page.getByRole("img", { name: "Rotary encoder on GP2, GP3: position 2" }).waitFor();
  });

  it("a sensor's number box and a slide switch change what the program reads; a bad entry is refused with a message", async () => {
    const page = h.app.page;
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    const sim = new SimulatorPage(h.app);
    await sim.putFile("wiring.json", JSON.stringify({ parts: [{ kind: "mcp9808", pins: { sda: 4, scl: 5 }, address: "0x18" }, { kind: "slide-switch", pins: { common: 3 } }] }));
    await sim.putFile(
      "main.py",
      [
        "from machine import I2C, Pin",
        "import time",
        "i2c = I2C(0, sda=Pin(4), scl=Pin(5))",
        "switch = Pin(3, Pin.IN)",
        "last = None",
        "while True:",
        "    hi, lo = i2c.readfrom_mem(0x18, 5, 2)",
        "    now = ((hi & 0x0F) * 16 + lo / 16, switch.value())",
        "    if now != last:",
        "        last = now",
        "        print('T', now[0], 'switch', now[1])",
        "    time.sleep(0.05)",
        "",
      ].join("\n"),
    );
    await sim.run();
    await sim.waitForTerminal("T 22.5 switch 0", 20000);
    const temperature = page.getByRole("spinbutton", { name: "Temperature of MCP9808 0x18 on GP4, GP5" });
    await temperature.fill("30");
    await sim.waitForTerminal("T 30.0 switch 0");
    await temperature.fill("200");
    expect(await page.getByRole("alert").filter({ hasText: "Enter a number from -40 to 125 °C" }).count()).toBe(1);
    expect(await temperature.inputValue()).toBe("200");
    await page.getByRole("switch", { name: "Slide switch on GP3" }).click();
    await sim.waitForTerminal("T 30.0 switch 1");
    expect(await sim.terminalText()).not.toContain("T 125");
    await screenshot(page, "part-views-sensor");
  });
});
