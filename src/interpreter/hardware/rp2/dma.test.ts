// rp2.DMA and rp2.Flash on a simulated board: memory copies with the CTRL fields (size, increments, ring, byte
// swap), a DMA feeding a PIO state machine's TX FIFO at its pace, the completion IRQ, closing, and the flash's
// erase/program rules.
import { describe, expect, it } from "vitest";
import { runOnBoard } from "../probe-runner";

const run = (source: string) => runOnBoard(source, "micropython", () => undefined);

describe("rp2.DMA", () => {
  it("copies a buffer into another, word by word or with a fixed read address", () => {
    const out = run(`
import rp2
src = bytearray(range(1, 17))
dst = bytearray(16)
d = rp2.DMA()
d.config(read=src, write=dst, count=4, ctrl=d.pack_ctrl(), trigger=True)
print(list(dst), d.active(), d.count)
dst2 = bytearray(8)
d.config(read=src, write=dst2, count=4, ctrl=d.pack_ctrl(size=1, inc_read=0), trigger=True)
print(list(dst2))
dst3 = bytearray(4)
d.config(read=src, write=dst3, count=1, ctrl=d.pack_ctrl(bswap=1), trigger=True)
print(list(dst3))
dst4 = bytearray(8)
d.config(read=src, write=dst4, count=8, ctrl=d.pack_ctrl(size=0, ring_size=2, ring_sel=0), trigger=True)
print(list(dst4))
import uctypes
print(d.read == uctypes.addressof(src), d.unpack_ctrl(d.ctrl)['busy'])
`);
    expect(out).toBe(
      "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] False 0\n" +
        "[1, 2, 1, 2, 1, 2, 1, 2]\n" +
        "[4, 3, 2, 1]\n" +
        "[1, 2, 3, 4, 1, 2, 3, 4]\n" +
        "True 0\n", // the ring of 4 bytes brought the read address back to the buffer's start
    );
  });

  it("feeds a PIO TX FIFO at the state machine's pace and raises its IRQ when done", () => {
    const out = run(`
import rp2, time, array
from machine import Pin

@rp2.asm_pio(out_init=rp2.PIO.OUT_LOW, autopull=True, pull_thresh=32)
def slow_out():
    out(pins, 1) [31]

sm = rp2.StateMachine(0, slow_out, freq=100_000, out_base=Pin(15))
words = array.array('I', [1, 0, 1, 0, 1, 0, 1, 0])
done = []
d = rp2.DMA()
d.irq(lambda irq: done.append(time.ticks_us()))
ctrl = d.pack_ctrl(inc_write=0, treq_sel=0, irq_quiet=0)
d.config(read=words, write=0x50200010, count=len(words), ctrl=ctrl)
start = time.ticks_us()
sm.active(1)
d.active(1)
print('busy', d.active(), d.count < 8)
while d.active():
    time.sleep_ms(1)
time.sleep_ms(5)
print('done', d.count, len(done), time.ticks_diff(done[0], start) > 8 * 32 * 32 * 10 // 10 - 1000)
d.close()
try:
    d.count
except ValueError as e:
    print('ValueError', e)
`);
    expect(out).toBe("busy True True\ndone 0 1 True\nValueError channel closed\n");
  });

  it("takes a state machine as the write address (its TX FIFO), as the rp2 docs' example does, one byte a transfer", () => {
    const out = run(`
import rp2
from machine import Pin

@rp2.asm_pio(out_init=rp2.PIO.OUT_LOW, out_shiftdir=rp2.PIO.SHIFT_RIGHT, autopull=True, pull_thresh=8)
def bits():
    out(pins, 1) [7]

sm = rp2.StateMachine(4, bits, freq=1_000_000, out_base=Pin(14))
sm.active(1)
src = bytearray([0b01010101] * 16)
d = rp2.DMA()
c = d.pack_ctrl(size=0, inc_write=False, treq_sel=(1 << 3) + 0)
d.config(read=src, write=sm, count=len(src), ctrl=c, trigger=True)
print(hex(d.write), d.active())
while d.active():
    pass
print(d.count, d.unpack_ctrl(d.ctrl)['ahb_err'])
`);
    expect(out).toBe("0x50300010 True\n0 0\n");
  });

  it("claims channels until all 12 are taken (OSError EBUSY)", () => {
    const out = run(`
import rp2
chans = [rp2.DMA() for _ in range(12)]
print([c.channel for c in chans])
try:
    rp2.DMA()
except OSError as e:
    print('OSError', e)
chans[3].close()
print(rp2.DMA().channel)
try:
    chans[0].pack_ctrl(size=4)
except ValueError as e:
    print('ValueError', e)
`);
    expect(out).toBe("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\nOSError 16\n3\nValueError bad field value\n");
  });
});

describe("rp2.Flash", () => {
  it("reads erased blocks as 0xFF, programs only clear bits, writeblocks without an offset erases first", () => {
    const out = run(`
import rp2
f = rp2.Flash()
buf = bytearray(4)
f.readblocks(10, buf)
print(list(buf))
f.writeblocks(10, b'\\x0f\\xf0\\x55\\xaa')
f.writeblocks(10, b'\\xff\\x0f\\xff\\x00', 0)
f.readblocks(10, buf)
print([hex(b) for b in buf])
f.writeblocks(10, b'\\x01\\x02\\x03\\x04')
f.readblocks(10, buf)
print(list(buf))
f.ioctl(6, 10)
f.readblocks(10, buf)
print(list(buf))
w = rp2.Flash(start=4096 * 10, len=4096 * 2)
print(w.ioctl(4, 0), w.ioctl(5, 0), w.ioctl(99, 0))
f.writeblocks(11, b'abcd')
w.readblocks(1, buf)
print(bytes(buf))
try:
    rp2.Flash(start=100)
except ValueError as e:
    print('ValueError', repr(e))
`);
    expect(out).toBe(
      "[255, 255, 255, 255]\n['0xf', '0x0', '0x55', '0x0']\n[1, 2, 3, 4]\n[255, 255, 255, 255]\n2 4096 None\nb'abcd'\nValueError ValueError()\n",
    );
  });
});
