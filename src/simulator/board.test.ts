// The simulated board as a Host sees it: its clock, the PicoHardware adapter, the watchdog and reset requests.
import { describe, expect, it } from "vitest";
import { makeMemoryHost } from "../interpreter/runtime/host";
import { SimulatedBoard, attachBoard } from "./board";
import { GpioFunction } from "./gpio";
import { DIVMODE } from "./pwm";

describe("SimulatedBoard", () => {
  it("runs the Host clock on the chip's virtual clock", () => {
    const board = new SimulatedBoard({ mode: "virtual", usPerPoll: 5 });
    const fired: number[] = [];
    board.hardware.timer.alarmAt(1500, () => fired.push(board.ticksUs()));
    const host = attachBoard(makeMemoryHost(() => undefined), board);
    host.sleepUs(1000);
    expect(host.ticksUs()).toBe(1000);
    host.sleepUs(1000);
    expect(fired).toEqual([1500]);
    host.onPoll!();
    expect(host.ticksUs()).toBe(2005);
  });

  it("follows the wall clock in realtime mode, plus skipped sleeps", () => {
    const board = new SimulatedBoard({ mode: "realtime" });
    board.sleepUs(5_000_000);
    expect(board.ticksUs()).toBeGreaterThanOrEqual(5_000_000);
    expect(board.ticksUs()).toBeLessThan(6_000_000);
  });

  it("maps the PicoHardware registers onto the chip", () => {
    const board = new SimulatedBoard();
    const { gpio, pwm } = board.hardware;
    gpio.setFunction(3, GpioFunction.PWM);
    pwm.setDiv16(1, 0x1f3);
    expect(board.chip.pwm.slices[1]).toMatchObject({ divInt: 0x1f, divFrac: 3 });
    expect(pwm.getDiv16(1)).toBe(0x1f3);
    pwm.setTop(1, 99);
    pwm.setCompare(1, 1, 75);
    pwm.setEnabled(1, true);
    expect(gpio.read(3)).toBe(1); // 75 % duty reads high
    pwm.setDivMode(1, DIVMODE.RISE);
    board.chip.gpio.drive(3, 0); // a counting B pin is an input
    expect(gpio.read(3)).toBe(0);
  });

  it("resets on a watchdog timeout and reports it to the Host", () => {
    const board = new SimulatedBoard();
    const resets: string[] = [];
    const host = attachBoard(makeMemoryHost(() => undefined), board, { onReset: (kind) => resets.push(kind) });
    board.hardware.watchdog.enable(100);
    host.sleepUs(90_000);
    board.hardware.watchdog.feed();
    host.sleepUs(90_000);
    expect(resets).toEqual([]);
    host.sleepUs(20_000);
    expect(resets).toEqual(["watchdog"]);
    expect(board.hardware.system.resetCause()).toBe("watchdog");
    expect(board.takeResetRequest()).toBe("watchdog");
    expect(board.takeResetRequest()).toBe(null);
  });
});
