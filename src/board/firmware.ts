// What each firmware prints around running code: banners (naming the simulated board), soft-reboot lines,
// CircuitPython's supervisor text and titles.
import type { ReplPersonality } from "./repl/serial-repl";
import { micropythonBoard, targetBoard } from "../interpreter/hardware/boards/index";

export type Flavor = "micropython" | "circuitpython";

export const MICROPYTHON_VERSION = "1.28.0";
export const CIRCUITPYTHON_VERSION = "10.2.1";
/** The build date a board reports in its banner. */
export const FIRMWARE_DATE = "2026-11-21";

/** CircuitPython's supervisor lines start by clearing the terminal line. */
const SUPERVISOR = "\x1b[2K\x1b[0G";

/** `ESC ] 0 ; 🐍<status> | <version> ESC \` — CircuitPython's terminal title. */
export function circuitPythonTitle(status: string): string {
  return `\x1b]0;\u{1F40D}${status} | ${CIRCUITPYTHON_VERSION}\x1b\\`;
}

export interface FirmwareText extends ReplPersonality {
  flavor: Flavor;
  /** Printed at a soft reboot, before boot.py runs. */
  softReboot(): string;
}

export const micropythonText: FirmwareText = {
  flavor: "micropython",
  banner: () => `MicroPython v${MICROPYTHON_VERSION} on ${FIRMWARE_DATE}; ${micropythonBoard().name} with RP2040\r\nType "help()" for more information.\r\n`,
  rawReplPrefix: () => "",
  softReboot: () => "MPY: soft reboot\r\n",
};

export const circuitpythonText: FirmwareText & {
  autoReloadNotice(): string;
  codeOutputHeader(file: string): string;
  codeDone(): string;
  pressAnyKey(): string;
  title(status: string): string;
} = {
  flavor: "circuitpython",
  banner: () => `${circuitPythonTitle("REPL")}\r\nAdafruit CircuitPython ${CIRCUITPYTHON_VERSION} on ${FIRMWARE_DATE}; ${targetBoard().name} with rp2040\r\n`,
  rawReplPrefix: () => circuitPythonTitle("Done"),
  softReboot: () => "soft reboot\r\n",
  autoReloadNotice: () => `${SUPERVISOR}Auto-reload is on. Simply save files over USB to run them or enter REPL to disable.\r\n`,
  codeOutputHeader: (file) => `${SUPERVISOR}${file} output:\r\n${circuitPythonTitle(file)}`,
  codeDone: () => `${circuitPythonTitle("Done")}\r\nCode done running.\r\n`,
  pressAnyKey: () => "\r\nPress any key to enter the REPL. Use CTRL-D to reload.\r\n",
  title: circuitPythonTitle,
};

/** The files a board runs after boot.py, in order of preference (CircuitPython runs the first that exists). */
export const MAIN_FILES: Record<Flavor, string[]> = {
  micropython: ["main.py"],
  circuitpython: ["code.txt", "code.py", "main.txt", "main.py"],
};
