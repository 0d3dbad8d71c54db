// The serial terminal part in the app: a program echoes what it reads on UART0 (GP0/GP1) back upper-cased, the user
// types into the terminal part's line, and the upper-cased text comes back into the part's received log.
import { describe, expect, it } from "vitest";
import { useHarness } from "./support/harness";
import { SimulatorPage } from "./simulator-page";

const WIRING = JSON.stringify({ parts: [{ kind: "uart-terminal", pins: { tx: 0, rx: 1 }, options: { baud: 9600 } }] });
const LABEL = "Serial terminal on GP0";

const MICROPYTHON_ECHO = [
  "from machine import UART, Pin",
  "import time",
  "uart = UART(0, 9600, tx=Pin(0), rx=Pin(1))",
  "print('echo ready')",
  "while True:",
  "    if uart.any():",
  "        uart.write(uart.read().upper())",
  "    time.sleep(0.01)",
  "",
].join("\n");

const CIRCUITPYTHON_ECHO = [
  "import board, busio, time",
  "uart = busio.UART(board.GP0, board.GP1, baudrate=9600, timeout=0)",
  "print('echo ready')",
  "while True:",
  "    data = uart.read(32)",
  "    if data:",
  "        uart.write(data.upper())",
  "    time.sleep(0.01)",
  "",
].join("\n");

describe("serial terminal part", () => {
  const h = useHarness("dark");

  async function typeAndSee(sim: SimulatorPage): Promise<void> {
    const page = h.app.page;
    const received = page.getByRole("log", { name: `Received by ${LABEL}` });
    const line = page.getByRole("textbox", { name: `Text to send to ${LABEL}` });
    await line.fill("hello");
    await line.press("Enter");
    await expect.poll(() => received.textContent(), { timeout: 8000 }).toContain("HELLO");
    expect(await line.inputValue()).toBe(""); // sent: the line is empty again
    // The Send button, with no line ending: the bytes arrive as typed, after the first line's.
    await page.getByRole("combobox", { name: `Line ending for ${LABEL}` }).selectOption({ label: "No line ending" });
    await line.fill("abc");
    await page.getByRole("button", { name: `Send to ${LABEL}` }).click();
    await expect.poll(() => received.textContent(), { timeout: 8000 }).toBe("HELLO\nABC");
    await sim.waitForTerminal("echo ready");
  }

  it("MicroPython: typing 'hello' into the terminal part brings back 'HELLO'", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("MicroPython");
    const sim = new SimulatorPage(h.app);
    await sim.putFile("wiring.json", WIRING);
    await sim.putFile("main.py", MICROPYTHON_ECHO);
    // The board is off: the text is kept and the user is told why nothing was sent.
    const line = h.app.page.getByRole("textbox", { name: `Text to send to ${LABEL}` });
    await line.fill("early");
    await line.press("Enter");
    await h.app.page.getByRole("alert").filter({ hasText: "The board is not running" }).waitFor();
    expect(await line.inputValue()).toBe("early");
    await sim.run();
    await sim.waitForTerminal("echo ready", 20000);
    await typeAndSee(sim);
  });

  it("CircuitPython: busio.UART on GP0/GP1 echoes upper-cased", async () => {
    await h.app.goto();
    await h.app.newProjectFromWelcome("CircuitPython");
    const sim = new SimulatorPage(h.app);
    await sim.putFile("wiring.json", WIRING);
    await sim.putFile("code.py", CIRCUITPYTHON_ECHO);
    await sim.run();
    await sim.waitForTerminal("echo ready", 20000);
    await typeAndSee(sim);
  });
});
