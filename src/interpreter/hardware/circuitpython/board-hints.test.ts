// Another board's pin names on a Pico: AttributeError or ImportError as the firmware raises, with the Pico's equivalent.
import { describe, expect, it } from "vitest";
import { runOnBoard } from "../probe-runner";

describe("board pin hints", () => {
  it("names the Pico's equivalent under board.X's AttributeError", () => {
    const out = runOnBoard("import board\nboard.D5\n", "circuitpython");
    expect(out).toContain("AttributeError: 'module' object has no attribute 'D5'");
    expect(out).toContain("this is a Raspberry Pi Pico");
  });

  it("names the Pico's equivalent under `from board import SCL`", () => {
    const out = runOnBoard("from board import SCL\n", "circuitpython");
    expect(out).toContain("ImportError: can't import name SCL");
    expect(out).toContain("this is a Raspberry Pi Pico: use board.GP5");
  });
});
