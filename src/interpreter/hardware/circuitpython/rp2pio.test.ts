// CircuitPython's rp2pio, neopixel_write and rainbowio on a simulated board, with the real libraries from
// /work/shared/libraries in /lib: adafruit_pioasm programs, and the neopixel library lighting a strip.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { Interpreter } from "../../runtime/interpreter";
import { makeMemoryHost } from "../../runtime/host";
import { SimulatedBoard, attachBoard } from "../../../simulator/board";
import { MemoryDrive } from "../../../board/memory-drive";
import { colorwheel } from "./rainbowio";

const LIBRARIES = process.env.PYCO_LIBRARIES ?? "/work/shared/libraries/circuitpython";

/** Runs `code` as code.py with the named libraries in /lib; returns the output and the board. */
function run(code: string, libs: string[] = []): { out: string; board: SimulatedBoard } {
  const board = new SimulatedBoard({ mode: "virtual", usPerPoll: 10 });
  let out = "";
  const host = makeMemoryHost((s) => (out += s));
  const drive = new MemoryDrive({});
  drive.mkdir("/lib");
  for (const lib of libs) {
    const dir = path.join(LIBRARIES, lib);
    for (const name of fs.readdirSync(dir)) if (name.endsWith(".py")) drive.writeFile(`/lib/${name}`, fs.readFileSync(path.join(dir, name)));
  }
  drive.writeFile("/code.py", new TextEncoder().encode(code));
  host.fs = drive;
  new Interpreter(attachBoard(host, board), { flavor: "circuitpython" }).runMain("/code.py");
  return { out, board };
}

describe("rp2pio (CircuitPython)", () => {
  it("runs state machines from the bytes of array('H') programs, with CircuitPython's checks", () => {
    const { out } = run(`
import array, board, rp2pio
prog = array.array("H", [0x4001, 0x8020])  # in pins 1; push
try:
    rp2pio.StateMachine(prog, frequency=1000)
except ValueError as e:
    print(e)
try:
    rp2pio.StateMachine(array.array("H", [0x6001, 0xa042]), frequency=1000, first_out_pin=board.GP2)
except ValueError as e:
    print(e)
try:
    rp2pio.StateMachine(prog, frequency=1000, first_in_pin=board.GP3, fifo_type="both")
except ValueError as e:
    print(e)
sm = rp2pio.StateMachine(prog, frequency=1_000_000, first_in_pin=board.GP3, pull_in_pin_up=1)
b = bytearray(3)
sm.readinto(b)
print(list(b), sm.offset, 0 <= sm.pc < 32)
try:
    sm.write(b"1")
except RuntimeError as e:
    print(e)
sm.deinit()
try:
    sm.frequency
except ValueError as e:
    print(e)
print(rp2pio.pins_are_sequential([board.GP4, board.GP5]), rp2pio.pins_are_sequential([board.GP5, board.GP4]))
`);
    expect(out).toBe(
      "Missing first_in_pin. program[0] shifts in from pin(s)\n" +
      "Program does OUT without loading OSR\n" +
      "Invalid fifo_type\n" +
      "[128, 128, 128] 30 True\n" + // the pulled-up pin shifted into bit 31; a byte read takes the top byte
      "No out in program\n" +
      "Object has been deinitialized and can no longer be used. Create a new object.\n" +
      "True False\n",
    );
  });

  it.skipIf(!fs.existsSync(LIBRARIES))("blinks board.LED with an adafruit_pioasm program (pioasm_blink.py)", () => {
    const { out, board } = run(`
import array, time, board, rp2pio, adafruit_pioasm
blink = adafruit_pioasm.assemble("""
.program blink
    pull block
    out y, 32
forever:
    mov x, y
    set pins, 1
lp1:
    jmp x-- lp1
    mov x, y
    set pins, 0
lp2:
    jmp x-- lp2
    jmp forever
""")
with rp2pio.StateMachine(blink, frequency=125_000_000, first_set_pin=board.LED, wait_for_txstall=False) as sm:
    sm.write(array.array("I", [sm.frequency // 5]))
    time.sleep(1.05)
print("done")
`, ["adafruit_pioasm"]);
    expect(out).toBe("done\n");
    expect(board.chip.pio[0].instructionsExecuted + board.chip.pio[1].instructionsExecuted).toBeGreaterThan(100_000_000);
  });

  it("neopixel_write sends GRB bytes through a PIO state machine and leaves the pin a low output", () => {
    const { out, board } = run(`
import board, digitalio, neopixel_write
pin = digitalio.DigitalInOut(board.GP16)
pin.direction = digitalio.Direction.OUTPUT
neopixel_write.neopixel_write(pin, bytearray([0x10, 0x20, 0x30, 255, 0, 128]))
neopixel_write.neopixel_write(pin, bytearray([1, 2, 3]))
print(pin.direction, pin.value)
try:
    neopixel_write.neopixel_write(board.GP16, b"")
except TypeError as e:
    print(e)
`);
    expect(out).toBe("digitalio.Direction.OUTPUT False\ndigitalinout must be of type DigitalInOut, not Pin\n");
    expect(board.chip.neopixels.strips()).toEqual([{ pin: 16, colors: [[2, 1, 3], [0, 255, 128]], version: 3 }]);
  });

  it.skipIf(!fs.existsSync(LIBRARIES))("lights a strip with the neopixel library (fill, brightness, show)", () => {
    const { board } = run(`
import board, neopixel
from rainbowio import colorwheel
pixels = neopixel.NeoPixel(board.GP0, 8, brightness=0.5, auto_write=False)
pixels.fill((200, 100, 0))
pixels[7] = colorwheel(85)
pixels.show()
`, ["neopixel", "adafruit_pixelbuf"]);
    const colors = board.chip.neopixels.strips()[0].colors;
    expect(colors.length).toBe(8);
    expect(colors[0]).toEqual([100, 50, 0]);
    expect(colors[7]).toEqual([0, 0, 127]); // colorwheel(85) is blue
  });

  it("streams buffers in the background through a DMA paced by the FIFOs", () => {
    const { out } = run(`
import array, rp2pio, time
prog = array.array("H", [0x80a0, 0xa0cf, 0x8020])  # pull; mov isr, ~osr; push
sm = rp2pio.StateMachine(prog, frequency=1_000_000)
sm.background_write(array.array("L", [1, 2, 3]))
r = array.array("L", [0] * 3)
sm.readinto(r)
print([hex(x) for x in r], sm.writing, sm.pending)
print(sm.last_write, sm.last_write)
got = array.array("L", [0] * 4)
sm.background_read(loop=got)
sm.write(array.array("L", [10, 20, 30, 40, 50]))
time.sleep(0.001)
print([hex(x) for x in got], sm.reading)
sm.stop_background_read()
print(sm.reading)
`);
    expect(out).toBe(
      "['0xfffffffe', '0xfffffffd', '0xfffffffc'] False 0\n" +
      "array('L', [1, 2, 3]) bytearray(b'')\n" +
      "['0xffffffcd', '0xffffffeb', '0xffffffe1', '0xffffffd7'] True\n" +
      "False\n",
    );
  });

  it("rainbowio.colorwheel follows the firmware's arithmetic", () => {
    expect([0, 42, 85, 127.5, 170, 255, 256, 300, -10].map(colorwheel).map((c) => c.toString(16))).toEqual([
      "ff0000", "81007e", "ff", "7f7f", "ff00", "ff0000", "ff0000", "7b0084", "1d0000",
    ]);
  });
});
