// machine.mem8/16/32 on a simulated board: the SIO's GPIO registers drive and read real pads, the interpolators
// compute as the RP2040's do (the pico-micropython-examples "9 times table"), TIMER counts board time, and other
// addresses say they are not simulated.
import { describe, expect, it } from "vitest";
import { runOnBoard } from "../probe-runner";

const run = (source: string) => runOnBoard(source, "micropython", () => undefined);

describe("machine.mem32", () => {
  it("drives and reads pads through SIO GPIO_OUT/OE (SET/CLR/XOR aliases) and GPIO_IN", () => {
    const out = run(`
from machine import Pin, mem32, mem8
import time
led = Pin(25, Pin.OUT)
mem32[0xd0000014] = 1 << 25          # GPIO_OUT_SET
print(led.value(), hex(mem32[0xd0000010] & (1 << 25)))
mem32[0xd000001c] = 1 << 25          # GPIO_OUT_XOR
print(led.value())
b = Pin(14, Pin.IN, Pin.PULL_UP)
print((mem32[0xd0000004] >> 14) & 1, (mem32[0xd0000020] >> 25) & 1)
mem32[0xd0000028] = 1 << 25          # GPIO_OE_CLR
print((mem32[0xd0000020] >> 25) & 1, mem8[0xd0000004 + 1] >> 6 & 1)
t0 = mem32[0x40054028]
time.sleep_ms(5)
print(5000 <= mem32[0x40054028] - t0 < 6000, mem32, mem32[0xd0000000])
`);
    expect(out).toBe("1 0x2000000\n0\n1 1\n0 1\nTrue <32-bit memory> 0\n");
  });

  it("runs the interpolators: the 9 times table from POP_LANE0, PEEK, CROSS_RESULT and BASE_1AND0", () => {
    const out = run(`
from machine import mem32
SIO = 0xD0000000
mem32[SIO + 0xAC] = 0x1F << 10      # INTERP0 CTRL_LANE0: all 32 bits
mem32[SIO + 0x80] = 0
mem32[SIO + 0x88] = 9
print([mem32[SIO + 0x94] for _ in range(10)], mem32[SIO + 0xA0])
I1 = SIO + 0xC0
mem32[I1 + 0x2C] = (7 << 10) | (1 << 15)   # lane 0: 8 bits, signed
mem32[I1 + 0x00] = 0xFF
mem32[I1 + 0x3C] = 0x0005FFFE       # BASE_1AND0: BASE0 = -2 (signed lane), BASE1 = 5
print(mem32[I1 + 0x08], mem32[I1 + 0x0C], mem32[I1 + 0x20], mem32[I1 + 0x34])
`);
    expect(out).toBe("[9, 18, 27, 36, 45, 54, 63, 72, 81, 90] 99\n4294967294 5 4294967293 4294967295\n");
  });

  it("checks alignment and names the blocks it does not simulate", () => {
    const out = run(`
from machine import mem16, mem32
for f in (lambda: mem32[0xd0000002], lambda: mem16[0x40058001], lambda: mem32[0x40058008]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
`);
    expect(out).toBe(
      "ValueError address d0000002 is not aligned to 4 bytes\n" +
        "ValueError address 40058001 is not aligned to 2 bytes\n" +
        "NotImplementedError machine.mem: address 0x40058008 (WATCHDOG) is not simulated\n",
    );
  });
});
