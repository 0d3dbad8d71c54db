// `pyco run` wires a project's parts: from its wiring.json, else from what its code obviously uses; --show-parts
// prints what they show when the run ends.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runProgram } from "./run-program";

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-wiring-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function run(dir: string, flavor: "micropython" | "circuitpython", showParts = false): { status: number; out: string } {
  let out = "";
  const status = runProgram({
    target: dir, flavor, float: "single", fast: true, signal: new Int32Array(new SharedArrayBuffer(4)), argv: [],
    debug: false, write: (_fd, text) => void (out += text), showParts, maxTime: 5,
  });
  return { status, out };
}

describe("pyco run with wired parts", () => {
  it("reads wiring.json: a DHT22 with the user's values and a loopback wire", () => {
    const dir = project({
      "wiring.json": JSON.stringify({ parts: [
        { kind: "dht22", pins: { data: "GP15" }, options: { temperature: 30.5, humidity: 20 } },
        { kind: "wire", pins: { a: 4, b: 5 } },
        { kind: "toaster" },
      ] }),
      "main.py": [
        "import dht, machine, time",
        "d = dht.DHT22(machine.Pin(15)); d.measure(); print(d.temperature(), d.humidity())",
        "u = machine.UART(1, 115200); u.write(b'ok'); time.sleep_ms(1); print(u.read())",
      ].join("\n"),
    });
    const { status, out } = run(dir, "micropython");
    expect(status).toBe(0);
    expect(out).toBe("pyco: wiring: unknown part kind 'toaster'\n30.5 20.0\nb'ok'\n");
  });

  it("wires the default parts without wiring.json and shows the display at the end", () => {
    const dir = project({
      "code.py": [
        "import board, busio",
        "i2c = busio.I2C(board.GP5, board.GP4)",
        "while not i2c.try_lock(): pass",
        "i2c.writeto(0x3c, bytes([0x00, 0xaf, 0xa5]))  # display on, all pixels lit",
        "print([hex(a) for a in i2c.scan()])",
        "try:\n    import adafruit_ssd1306  # not on this drive\n    adafruit_ssd1306.SSD1306_I2C(128, 32, i2c)\nexcept ImportError:\n    pass",
      ].join("\n"),
    });
    const { status, out } = run(dir, "circuitpython", true);
    expect(status).toBe(0);
    const [first, header, ...rows] = out.split("\n");
    expect(first).toBe("['0x3c']");
    expect(header).toBe("--- ssd13061 (ssd1306) sda=GP4 scl=GP5 address=0x3c");
    expect(rows.slice(0, 32).every((r) => r === "#".repeat(128))).toBe(true);
  });
});
