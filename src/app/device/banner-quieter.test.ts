// The exit banner after a file operation is dropped (with a prompt when the terminal had none); anything else the
// board prints passes through, whole and in order.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BannerQuieter } from "./banner-quieter";

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const MP_BANNER = '\r\nMicroPython v1.28.0 on 2026-11-21; Raspberry Pi Pico with RP2040\r\nType "help()" for more information.\r\n>>> ';
const CP_BANNER = "\r\nAdafruit CircuitPython 10.2.1 on 2026-11-21; Raspberry Pi Pico with rp2040\r\n>>> ";

let shown: string;
let atPrompt: boolean;
let q: BannerQuieter;
beforeEach(() => {
  vi.useFakeTimers();
  shown = "";
  atPrompt = true;
  q = new BannerQuieter((c) => (shown += String.fromCharCode(...c)), () => atPrompt);
});
afterEach(() => vi.useRealTimers());

describe("BannerQuieter", () => {
  it("passes everything through when no operation ran", () => {
    q.push(bytes(MP_BANNER));
    expect(shown).toBe(MP_BANNER);
  });

  it("drops the exit banner of both firmwares, even in pieces", () => {
    q.arm();
    for (const piece of [MP_BANNER.slice(0, 5), MP_BANNER.slice(5, 40), MP_BANNER.slice(40)]) q.push(bytes(piece));
    expect(shown).toBe("");
    q.arm();
    q.push(bytes(CP_BANNER));
    expect(shown).toBe("");
    q.push(bytes("x"));
    expect(shown).toBe("x");
  });

  it("shows a prompt instead when the terminal had none (a program was stopped)", () => {
    atPrompt = false;
    q.arm();
    q.push(bytes(MP_BANNER));
    expect(shown).toBe("\r\n>>> ");
  });

  it("lets other output through at once and in order", () => {
    q.arm();
    q.push(bytes("\r\nTraceback (most recent call last):\r\n"));
    q.push(bytes(MP_BANNER));
    expect(shown).toBe("\r\nTraceback (most recent call last):\r\n" + MP_BANNER);
  });

  it("shows a half banner that never completes once the operation has settled", async () => {
    q.arm();
    q.push(bytes("\r\nMicroPython v1.2"));
    expect(shown).toBe("");
    const settled = q.settle(50);
    await vi.advanceTimersByTimeAsync(2000);
    await settled;
    expect(shown).toBe("\r\nMicroPython v1.2");
  });
});
