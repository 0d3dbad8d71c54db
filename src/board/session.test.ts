// The board's boot, soft-reboot and REPL sequence against transcripts from real MicroPython and CircuitPython firmware.
import { describe, expect, it } from "vitest";
import { BoardSession, type BoardRuntime } from "./session";
import type { ExecOutcome } from "./repl/serial-repl";
import { ScriptedSerial, SerialClosed } from "./repl/serial-port";
import { readTranscript, hostToDevice, deviceToHost } from "../../tests/support/transcripts";

/** A stand-in runtime: a drive whose files appear per boot, and a table of programs. */
function fakeRuntimes(serial: ScriptedSerial, filesForBoot: (boot: number) => Record<string, string>) {
  let boot = 0;
  return (): BoardRuntime => {
    const files = filesForBoot(++boot);
    const run = (source: string, file: string): ExecOutcome => {
      if (source.includes("print(1+1)")) serial.write("2\r\n");
      else if (source.includes("print(123)")) serial.write("123\r\n");
      else if (source.includes("hello from raw paste")) serial.write("hello from raw paste 42\r\n");
      else if (source.startsWith("raise ValueError(7)"))
        return { kind: "exception", text: `Traceback (most recent call last):\r\n  File "${file}", line 1, in <module>\r\nValueError: 7\r\n` };
      else if (source.includes("CODE_PY_RAN")) serial.write("CODE_PY_RAN\r\n");
      else if (source.includes("MAIN_PY_RAN")) {
        serial.write("MAIN_PY_RAN\r\n");
        while (serial.readByte() !== 0x03);
        return { kind: "exception", text: `Traceback (most recent call last):\r\n  File "main.py", line 4, in <module>\r\nKeyboardInterrupt: \r\n` };
      }
      return { kind: "ok" };
    };
    return {
      fileExists: (path) => path in files,
      runFile: (path) => run(files[path], path),
      execute: (source) => run(source, "<stdin>"),
    };
  };
}

function runSession(flavor: "micropython" | "circuitpython", input: string, filesForBoot: (boot: number) => Record<string, string>) {
  const serial = new ScriptedSerial(input);
  const session = new BoardSession({ flavor, serial, createRuntime: fakeRuntimes(serial, filesForBoot) });
  expect(() => session.powerOn()).toThrow(SerialClosed);
  return serial.takeOutput();
}

const concat = (names: string[], pick: typeof hostToDevice) => names.map((n) => pick(readTranscript(n))).join("");

describe("BoardSession", () => {
  it("MicroPython: boot, handshakes, soft reboot in raw mode, soft reboot running main.py, Ctrl-C", () => {
    const names = ["a0_boot.txt", "handshakes.txt", "e1_soft_reset_in_raw_repl.txt", "e2_soft_reset_friendly_main_py.txt"];
    const output = runSession("micropython", concat(names, hostToDevice), (boot) =>
      (boot >= 3 ? { "main.py": "import time\nprint('MAIN_PY_RAN')\nwhile True:\n    time.sleep(1)\n" } : {}) as Record<string, string>,
    );
    expect(output).toBe(concat(names, deviceToHost));
  });

  it("CircuitPython: boot, Press any key, handshakes, soft reboots with code.py, titles", () => {
    const names = ["cp_a0_boot.txt", "cp_handshakes.txt", "cp_e1_ctrl_d_in_raw_repl.txt", "cp_e2_ctrl_d_friendly.txt"];
    const output = runSession("circuitpython", concat(names, hostToDevice), (boot) =>
      (boot >= 3 ? { "code.py": "print('CODE_PY_RAN')\n" } : {}) as Record<string, string>,
    );
    expect(output).toBe(concat(names, deviceToHost));
  });
});
