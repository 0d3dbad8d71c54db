// Byte-level tests of the board REPL against transcripts recorded from real MicroPython 1.28 firmware.
import { describe, expect, it } from "vitest";
import { SerialRepl, type ExecOutcome, type ReplExecutor } from "./serial-repl";
import { ScriptedSerial, SerialClosed } from "./serial-port";
import { continueWithInput } from "./continuation";
import { readTranscript, hostToDevice, deviceToHost } from "../../../tests/support/transcripts";

const MP_BANNER = 'MicroPython v1.28.0 on 2026-11-21; Raspberry Pi Pico with RP2040\r\nType "help()" for more information.\r\n';

/** Stands in for the interpreter: knows the few programs the transcripts run. */
class TableExecutor implements ReplExecutor {
  sources: string[] = [];
  constructor(private readonly serial: ScriptedSerial) {}
  execute(source: string): ExecOutcome {
    this.sources.push(source);
    if (source === "print(1+1)") this.serial.write("2\r\n");
    else if (source === "print(123)") this.serial.write("123\r\n");
    else if (source.startsWith("print('hello from raw paste'")) this.serial.write("hello from raw paste 42\r\n");
    else if (source === "raise ValueError(7)")
      return { kind: "exception", text: 'Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\nValueError: 7\r\n' };
    return { kind: "ok" };
  }
}

function runRepl(input: string, mode: "friendly" | "raw" = "friendly", banner = true) {
  const serial = new ScriptedSerial(input);
  const executor = new TableExecutor(serial);
  const repl = new SerialRepl(serial, executor, { banner: () => MP_BANNER, rawReplPrefix: () => "" });
  let exit;
  try {
    exit = repl.run(mode, banner);
  } catch (e) {
    if (!(e instanceof SerialClosed)) throw e;
  }
  return { output: serial.takeOutput(), exit, executor };
}

describe("SerialRepl against MicroPython transcripts", () => {
  it("boots to the banner and answers the friendly, raw and raw-paste handshakes byte for byte", () => {
    const boot = deviceToHost(readTranscript("a0_boot.txt"));
    const session = readTranscript("handshakes.txt");
    const { output } = runRepl(hostToDevice(session));
    expect(output).toBe(boot + deviceToHost(session));
  });

  it("soft-reboots from the raw REPL on Ctrl-D at an empty line", () => {
    const { output, exit } = runRepl("\x04", "raw", false);
    expect(output).toBe(">" + "OK\r\n");
    expect(exit).toEqual({ reason: "soft-reboot", mode: "raw" });
    expect(deviceToHost(readTranscript("e1_soft_reset_in_raw_repl.txt")).startsWith("OK\r\n")).toBe(true);
  });

  it("grants raw-paste windows of 128 bytes as the firmware does", () => {
    const entries = readTranscript("c2_raw_paste_flow_control.txt");
    const source = "x=0\n" + Array.from({ length: 200 }, (_, i) => `x+=${i} # padding padding padding\n`).join("") + "print(x)\n";
    const { output, executor } = runRepl("\x05A\x01" + source + "\x04", "raw", false);
    const grants = output.split("").filter((c) => c === "\x01").length;
    const recordedGrants = deviceToHost(entries).split("").filter((c) => c === "\x01").length;
    // The recording also holds later exchanges; count only the raw-paste part's grants there.
    // The reply header R\x01 <window> \x01 holds two 0x01 bytes; then one grant per 128 bytes consumed.
    expect(grants).toBe(2 + Math.floor(source.length / 128));
    expect(recordedGrants).toBeGreaterThanOrEqual(grants);
    expect(executor.sources[0]).toBe(source);
    expect(output.startsWith(">R\x01\x80\x00\x01")).toBe(true);
  });

  it("edits lines: backspace, cursor keys, history", () => {
    const { output, executor } = runRepl("prinx\x7ft(1+1)\r\x1b[A\r", "friendly", false);
    expect(executor.sources).toEqual(["print(1+1)", "print(1+1)"]);
    expect(output.startsWith(">>> prinx\b\x1b[K")).toBe(true);
  });

  it("continues compound statements with auto-indent and ends on an empty line", () => {
    const { output, executor } = runRepl("for i in range(2):\rprint(i)\r\r\r\r", "friendly", false);
    // As the firmware's readline: the indent carries over blank lines until two in a row are blank.
    expect(executor.sources).toEqual(["for i in range(2):\n    print(i)\n    \n    \n"]);
    expect(output).toContain("\r\n...     print(i)\r\n...     \r\n...     \r\n... \r\n");
  });

  it("paste mode echoes lines with the === prompt and runs the whole block", () => {
    const { output, executor } = runRepl("\x05a = 1\rprint(a)\x04", "friendly", false);
    expect(output).toBe(">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== a = 1\r\n=== print(a)\r\n>>> ");
    expect(executor.sources).toEqual(["a = 1\rprint(a)"]);
  });
});

describe("continueWithInput", () => {
  it.each([
    ["x = 1", false],
    ["if x:", true],
    ["if x:\n    y\n", false],
    ["f(1,", true],
    ['s = """abc', true],
    ["x = 1 \\", true],
    ["iffy = 2", false],
    ["@decorator", true],
    ["d = {'a': '('}", false],
  ])("%j → %s", (input, expected) => {
    expect(continueWithInput(input)).toBe(expected);
  });
});
