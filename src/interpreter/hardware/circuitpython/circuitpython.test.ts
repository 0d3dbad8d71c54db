// CircuitPython's hardware modules beyond the probes: drive modes, variable-frequency PWM, the processor,
// keypad events, and pins released by deinit and by a new run.
import { describe, expect, it } from "vitest";
import { runOnBoard } from "../probe-runner";

const run = (source: string, setUp?: Parameters<typeof runOnBoard>[2]) => runOnBoard(source, "circuitpython", setUp);

describe("digitalio", () => {
  it("drives push-pull and open-drain outputs", () => {
    expect(run(`import board, digitalio
d = digitalio.DigitalInOut(board.GP6)
print(d.direction, d.value)
d.switch_to_output(True)
print(d.direction, d.drive_mode, d.value)
d.drive_mode = digitalio.DriveMode.OPEN_DRAIN
print(d.drive_mode)
d.value = False
print(d.value)
d.direction = digitalio.Direction.INPUT
try:
    d.value = 1
except AttributeError as e:
    print(e)
with digitalio.DigitalInOut(board.GP7) as e:
    pass
print(digitalio.DigitalInOut(board.GP7))
`)).toBe(`digitalio.Direction.INPUT False
digitalio.Direction.OUTPUT digitalio.DriveMode.PUSH_PULL True
digitalio.DriveMode.OPEN_DRAIN
False
Cannot set value when direction is input.
<DigitalInOut>
`);
  });
});

describe("pwmio", () => {
  it("changes frequency only when variable", () => {
    expect(run(`import board, pwmio
p = pwmio.PWMOut(board.GP4, frequency=50000, duty_cycle=32768, variable_frequency=True)
print(p.frequency, p.duty_cycle)
p.frequency = 1000
print(p.frequency)
q = pwmio.PWMOut(board.GP8)
print(q.frequency)
try:
    q.frequency = 100
except AttributeError as e:
    print(e)
try:
    q.duty_cycle = 70000
except ValueError as e:
    print(e)
`)).toBe(`50000 32768
984
500
PWM frequency not writable when variable_frequency is False on construction.
duty_cycle must be 0-65535
`);
  });
});

describe("microcontroller and supervisor", () => {
  it("reports the processor", () => {
    expect(run(`import microcontroller, supervisor
cpu = microcontroller.cpu
print(cpu.frequency, type(cpu.temperature).__name__, len(cpu.uid), cpu.reset_reason)
print(microcontroller.pin.GPIO25, microcontroller.pin.GPIO25 is __import__("board").LED)
print(type(supervisor.ticks_ms()).__name__, supervisor.runtime.serial_connected)
`, (board) => (board.chip.adc.temperatureC = 27))).toBe(`125000000 float 8 microcontroller.ResetReason.POWER_ON
board.LED True
int True
`);
  });
});

describe("keypad", () => {
  it("compares events and fills get_into", () => {
    expect(run(`import keypad
e = keypad.Event(2, False)
print(e, e.released, e == keypad.Event(2, False), e == keypad.Event(2, True))
try:
    keypad.Event(-1)
except ValueError as x:
    print(x)
`)).toBe(`<Event: key_number 2 released> True True False
key_number must be >= 0
`);
  });
});

describe("pin claims", () => {
  it("frees pins on deinit and for the next program", () => {
    expect(run(`import board, digitalio, analogio
a = analogio.AnalogIn(board.A2)
a.deinit()
d = digitalio.DigitalInOut(board.GP28)
print("reused", d.direction)
`)).toBe("reused digitalio.Direction.INPUT\n");
  });
});

describe("busio", () => {
  it("starts I2C when the lines are pulled up, and finds nobody", () => {
    expect(run(`import board, busio
i2c = busio.I2C(board.GP5, board.GP4)
try:
    i2c.scan()
except RuntimeError as e:
    print(e)
while not i2c.try_lock():
    pass
print(i2c.scan(), i2c.probe(0x3c))
try:
    i2c.writeto(0x3c, b"\\x00")
except OSError as e:
    print(e.args[0])
i2c.unlock()
i2c.deinit()
print(busio.UART(board.GP4, board.GP5).baudrate)
`, (board) => {
      // 4.7 kΩ pull-ups to 3V3 on SDA and SCL.
      board.chip.gpio.drive(4, 1);
      board.chip.gpio.drive(5, 1);
    })).toBe("Function requires lock\n[] False\n19\n9600\n");
  });
});
