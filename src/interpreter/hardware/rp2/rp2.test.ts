// MicroPython's rp2 PIO API on a simulated board: asm_pio programs from the MicroPython docs and examples, FIFOs,
// IRQ handlers, and NeoPixels through PIO, machine.bitstream and the frozen neopixel module.
import { describe, expect, it } from "vitest";
import { runOnBoard } from "../probe-runner";
import { SimulatedBoard, attachBoard } from "../../../simulator/board";
import { Interpreter } from "../../runtime/interpreter";
import { makeMemoryHost } from "../../runtime/host";
import { softResetHardware } from "../index";

function run(source: string): { out: string; board: SimulatedBoard } {
  let board!: SimulatedBoard;
  const out = runOnBoard(source, "micropython", (b) => (board = b));
  return { out, board };
}

const WS2812 = `
import array, time, rp2
from machine import Pin

@rp2.asm_pio(sideset_init=rp2.PIO.OUT_LOW, out_shiftdir=rp2.PIO.SHIFT_LEFT, autopull=True, pull_thresh=24)
def ws2812():
    T1 = 2
    T2 = 5
    T3 = 3
    wrap_target()
    label("bitloop")
    out(x, 1)               .side(0)    [T3 - 1]
    jmp(not_x, "do_zero")   .side(1)    [T1 - 1]
    jmp("bitloop")          .side(1)    [T2 - 1]
    label("do_zero")
    nop()                   .side(0)    [T2 - 1]
    wrap()
`;

describe("rp2 PIO (MicroPython)", () => {
  it("assembles with the frozen rp2.asm_pio: program list, wrap, side-set and delays", () => {
    const { out } = run(`${WS2812}
print([hex(i) for i in ws2812[0]], ws2812[1:4], hex(ws2812[4]), hex(ws2812[5]), ws2812[6:])
try:
    @rp2.asm_pio()
    def bad():
        nop() [32]
except Exception as e:
    print(type(e).__name__, e)
`);
    expect(out).toBe(
      "['0x6221', '0x1123', '0x1400', '0xa442'] [-1, -1, -1] 0x3000 0x30020000 [None, None, 2]\n" +
      "PIOASMError delay too large\n",
    );
  });

  it("blinks GP25 at 1 Hz and runs the IRQ handler each second (examples/rp2/pio_1hz.py)", () => {
    const { out, board } = run(`
import time, rp2
from machine import Pin

@rp2.asm_pio(set_init=rp2.PIO.OUT_LOW)
def blink_1hz():
    irq(rel(0))
    set(pins, 1)
    set(x, 31)                  [5]
    label("delay_high")
    nop()                       [29]
    jmp(x_dec, "delay_high")
    nop()
    set(pins, 0)
    set(x, 31)                  [5]
    label("delay_low")
    nop()                       [29]
    jmp(x_dec, "delay_low")

sm = rp2.StateMachine(0, blink_1hz, freq=2000, set_base=Pin(25))
t0 = time.ticks_ms()
ticks = []
sm.irq(lambda p: ticks.append(time.ticks_diff(time.ticks_ms(), t0)))
sm.active(1)
time.sleep(3.2)
sm.active(0)
print(len(ticks), [round(t, -2) for t in ticks], Pin(25))
`);
    expect(out).toBe("4 [0, 1000, 2000, 3000] Pin(GPIO25, mode=ALT, pull=PULL_DOWN, alt=PIO0)\n");
    expect(board.chip.gpio.getFunction(25)).toBe(6);
  });

  it("turns GP25 on and off with exec (examples/rp2/pio_exec.py)", () => {
    const { out } = run(`
import time, rp2
from machine import Pin

@rp2.asm_pio(set_init=rp2.PIO.OUT_LOW)
def prog():
    pass

sm = rp2.StateMachine(0, prog, set_base=Pin(25))
sm.exec("set(pins, 1)")
print(Pin(25).value())
time.sleep(0.1)
sm.exec("set(pins, 0)")
print(Pin(25).value())
`);
    expect(out).toBe("1\n0\n");
  });

  it("moves data through the FIFOs with shifts, buffers, joins and autopush", () => {
    const { out } = run(`
import rp2, array

@rp2.asm_pio(fifo_join=rp2.PIO.JOIN_NONE)
def echo():
    pull()
    mov(isr, invert(osr))
    push()

sm = rp2.StateMachine(1, echo, freq=1_000_000)
sm.active(1)
sm.put(array.array("I", [1, 2, 3]))
print([hex(sm.get()) for _ in range(3)], sm.rx_fifo(), sm.tx_fifo())
sm.put(0x80, 4)
print(hex(sm.get(None, 8)))
buf = bytearray(2)
sm.put(b"\\x01\\x02")
print(list(sm.get(buf)))

@rp2.asm_pio(autopush=True, push_thresh=8, in_shiftdir=rp2.PIO.SHIFT_RIGHT, fifo_join=rp2.PIO.JOIN_RX)
def count():
    set(x, 31)
    label("loop")
    in_(x, 4)
    jmp(x_dec, "loop")

sm2 = rp2.StateMachine(4, count, freq=10_000)
sm2.active(1)
print([hex(sm2.get()) for _ in range(3)])
sm2.active(0)
print(sm2.rx_fifo() <= 8)
`);
    expect(out).toBe(
      "['0xfffffffe', '0xfffffffd', '0xfffffffc'] 0 0\n" +
      "0xfffff7\n" +
      "[254, 253]\n" +
      "['0xef000000', '0xcd000000', '0xab000000']\n" +
      "True\n",
    );
  });

  it("lights a WS2812 strip through PIO with the right colours (pio_ws2812.py)", () => {
    const { board } = run(`${WS2812}
sm = rp2.StateMachine(0, ws2812, freq=8_000_000, sideset_base=Pin(22))
sm.active(1)
ar = array.array("I", [0xff0000, 0x00ff00, 0x0000ff, 0x123456])  # GRB
sm.put(ar, 8)
time.sleep_ms(10)
`);
    const strips = board.chip.neopixels.strips();
    expect(strips.map((s) => s.pin)).toEqual([22]);
    expect(strips[0].colors).toEqual([[0, 255, 0], [255, 0, 0], [0, 0, 255], [0x34, 0x12, 0x56]]);
  });

  it("lights a strip with the frozen neopixel module over machine.bitstream", () => {
    const { out, board } = run(`
import machine, neopixel, time
np = neopixel.NeoPixel(machine.Pin(5), 3)
np[0] = (255, 0, 0)
np[1] = (0, 128, 0)
np.fill((1, 2, 3)) if False else None
np[2] = (0, 0, 64)
t = time.ticks_us()
np.write()
print(np[1], len(np), time.ticks_diff(time.ticks_us(), t) >= 90)
try:
    machine.bitstream(machine.Pin(5), 1, (1, 2, 3, 4), b"x")
except ValueError as e:
    print(e)
`);
    expect(out).toBe("(0, 128, 0) 3 True\nencoding\n");
    expect(board.chip.neopixels.strips()).toEqual([{ pin: 5, colors: [[255, 0, 0], [0, 128, 0], [0, 0, 64]], version: 3 }]);
  });
});

describe("rp2 PIO across runs and interrupts", () => {
  /** One board and interpreter running programs one after another (a soft reset between), Ctrl-C at `ctrlCAtUs`. */
  function session(ctrlCAtUs = Infinity) {
    let out = "";
    const board = new SimulatedBoard({ mode: "virtual", usPerPoll: 10 });
    const host = makeMemoryHost((t) => (out += t));
    host.checkInterrupt = () => board.chip.clock.nowUs >= ctrlCAtUs && ((ctrlCAtUs = Infinity), true);
    const interp = new Interpreter(attachBoard(host, board), { flavor: "micropython" });
    return {
      board,
      run(source: string): string {
        out = "";
        interp.runModule(source, "<stdin>");
        softResetHardware();
        return out;
      },
    };
  }

  it("a put() into a full FIFO waits for the state machine, and Ctrl-C ends the wait", () => {
    const s = session(50_000);
    const out = s.run(`
import rp2, time
@rp2.asm_pio()
def slow():
    pull()
    nop() [31]
sm = rp2.StateMachine(0, slow, freq=2000)
sm.active(1)
t = time.ticks_ms()
for i in range(7):
    sm.put(i)
print("waited", time.ticks_diff(time.ticks_ms(), t) >= 30, sm.tx_fifo())
sm.active(0)
try:
    sm.put(1)
except KeyboardInterrupt:
    print("interrupted at", time.ticks_ms() // 10 * 10)
`);
    expect(out).toBe("waited True 4\ninterrupted at 50\n");
  });

  it("a soft reset stops the state machines and frees claims and program memory", () => {
    const s = session();
    const program = `
import rp2
from machine import Pin
@rp2.asm_pio(set_init=rp2.PIO.OUT_LOW)
def blink():
    set(pins, 1) [31]
    set(pins, 0) [31]
sms = [rp2.StateMachine(i, blink, freq=2000, set_base=Pin(i)) for i in range(8)]
for sm in sms: sm.active(1)
print(blink[1:4], sms[7].active())
`;
    expect(s.run(program)).toBe("[30, 30, -1] True\n");
    expect(s.board.chip.pio[0].isEnabled(0)).toBe(false);
    expect(s.run(program)).toBe("[30, 30, -1] True\n");
  });
});
