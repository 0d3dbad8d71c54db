// CircuitPython modules that meet parts: pulseio with a DHT and an HC-SR04, touchio, rotaryio, and the board-level
// usb_hid, usb_midi, nvm and watchdog, run as Python on a simulated board.
import { describe, expect, it } from "vitest";
import { runOnBoard } from "../probe-runner";
import type { SimulatedBoard } from "../../../simulator/board";

const lines = (...l: string[]) => l.join("\n") + "\n";

describe("pulseio", () => {
  it("records a DHT22's answer after a trigger, keeping the newest maxlen pulses", () => {
    const out = runOnBoard(lines(
      "import board, pulseio, time",
      "p = pulseio.PulseIn(board.GP15, maxlen=81, idle_state=True)",
      "p.pause(); p.clear()",
      "p.resume(1000)",
      "time.sleep(0.05)",
      "p.pause()",
      "pulses = [p.popleft() for _ in range(len(p))]",
      "bits = [1 if h > 51 else 0 for h in pulses[1:81:2]]",
      "data = [int(''.join(str(b) for b in bits[i:i + 8]), 2) for i in range(0, 40, 8)]",
      "print(len(pulses), ((data[0] << 8) | data[1]) / 10, ((data[2] << 8) | data[3]) / 10)",
      "try:\n    p.popleft()\nexcept IndexError as e:\n    print(e)",
    ), "circuitpython", (b: SimulatedBoard) => void b.chip.parts.wire({ kind: "dht22", pins: { data: 15 }, options: { temperature: 24.1, humidity: 33.3 } }));
    expect(out).toBe(lines("81 33.3 24.1", "pop from empty PulseIn"));
  });

  it("times an HC-SR04 echo pulse", () => {
    const out = runOnBoard(lines(
      "import board, digitalio, pulseio, time",
      "trig = digitalio.DigitalInOut(board.GP2); trig.switch_to_output()",
      "echo = pulseio.PulseIn(board.GP3)",
      "echo.pause(); echo.clear()",
      "trig.value = True; time.sleep(0.00001); trig.value = False",
      "echo.resume()",
      "time.sleep(0.05)",
      "print(len(echo), round(echo[0] * 0.017), bool(echo), echo.maxlen, echo.paused)",
    ), "circuitpython", (b: SimulatedBoard) => void b.chip.parts.wire({ kind: "hcsr04", pins: { trigger: 2, echo: 3 }, options: { distance: 123 } }));
    expect(out).toBe(lines("1 123 True 2 False"));
  });
});

describe("touchio and rotaryio", () => {
  it("needs a pull-down, and reads a touch as a longer drain than at construction", () => {
    const out = runOnBoard(lines(
      "import board, touchio",
      "try:\n    touchio.TouchIn(board.GP8)\nexcept ValueError as e:\n    print(e)",
      "t = touchio.TouchIn(board.GP6)",
      "print(t.value)",
    ), "circuitpython", (b: SimulatedBoard) => {
      const pad = b.chip.parts.wire({ kind: "touch-pad", pins: { pad: 6 } });
      b.chip.clock.at(100_000, () => pad.set("touched", true));
    });
    expect(out).toBe(lines("No pulldown on pin; 1Mohm recommended", "False"));
    const touched = runOnBoard(lines(
      "import board, touchio, time",
      "t = touchio.TouchIn(board.GP6)",
      "time.sleep(0.2)",
      "print(t.value, t.raw_value > t.threshold)",
    ), "circuitpython", (b: SimulatedBoard) => {
      const pad = b.chip.parts.wire({ kind: "touch-pad", pins: { pad: 6 } });
      b.chip.clock.at(100_000, () => pad.set("touched", true));
    });
    expect(touched).toBe(lines("True True"));
  });

  it("counts encoder detents both ways and wants sequential pins", () => {
    const out = runOnBoard(lines(
      "import board, rotaryio, time",
      "e = rotaryio.IncrementalEncoder(board.GP10, board.GP11)",
      "time.sleep(0.1); print(e.position)",
      "time.sleep(0.1); print(e.position)",
      "try:\n    rotaryio.IncrementalEncoder(board.GP12, board.GP14)\nexcept RuntimeError as e:\n    print(e)",
    ), "circuitpython", (b: SimulatedBoard) => {
      const enc = b.chip.parts.wire({ kind: "rotary-encoder", pins: { a: 10, b: 11 } });
      b.chip.clock.at(10_000, () => enc.set("position", 3));
      b.chip.clock.at(150_000, () => enc.set("position", 1));
    });
    expect(out).toBe(lines("3", "1", "Pins must be sequential GPIO pins"));
  });
});

describe("USB, nvm and watchdog", () => {
  it("sends keyboard reports the computer decodes, checks report sizes, and passes MIDI both ways", () => {
    let typed = "";
    let midi = "";
    const out = runOnBoard(lines(
      "import usb_hid, usb_midi",
      "kbd = [d for d in usb_hid.devices if d.usage_page == 1 and d.usage == 6][0]",
      "kbd.send_report(bytes([2, 0, 0x0b, 0, 0, 0, 0, 0])); kbd.send_report(bytes(8))",
      "try:\n    kbd.send_report(bytes(4))\nexcept ValueError as e:\n    print(e)",
      "print(usb_midi.ports[1].write(bytes([0x90, 60, 100])), usb_midi.ports[0].read(8))",
    ), "circuitpython", (b: SimulatedBoard) => {
      b.chip.usb.sendMidi([0x80, 60, 0]);
      b.chip.usb.onEvent(() => {
        typed = b.chip.usb.typedText();
        const last = b.chip.usb.events.at(-1)!;
        if (last.kind === "midi") midi = `${last.message.type} ${last.message.channel} ${last.message.data}`;
      });
    });
    expect(out).toBe(lines("Buffer incorrect size. Should be 8 bytes.", "3 b'\\x80<\\x00'"));
    expect(typed).toBe("H");
    expect(midi).toBe("note_on 0 60,100");
  });

  it("keeps nvm bytes across runs on one board, and watchdog RESET restarts the board unless fed", () => {
    const out = runOnBoard(lines(
      "import microcontroller, time",
      "from watchdog import WatchDogMode",
      "nvm = microcontroller.nvm",
      "print(len(nvm), nvm[0], nvm[-1])",
      "nvm[0:2] = b'ok'",
      "try:\n    nvm[2] = 300\nexcept ValueError as e:\n    print(e)",
      "print(nvm[0:2])",
      "w = microcontroller.watchdog",
      "try:\n    w.timeout = 9\nexcept ValueError as e:\n    print(e)",
      "w.timeout = 0.5",
      "try:\n    w.mode = WatchDogMode.RAISE\nexcept NotImplementedError as e:\n    print('NotImplementedError')",
      "w.mode = WatchDogMode.RESET",
      "print(w.mode)",
      "time.sleep(1)",
      "print('not reached')",
    ), "circuitpython");
    expect(out).toBe(lines(
      "4096 255 255",
      "Array values should be single bytes.",
      "bytearray(b'ok')",
      "timeout must be <= 8",
      "NotImplementedError",
      "watchdog.WatchDogMode.RESET",
    ));
  });
});
