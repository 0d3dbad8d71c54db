// Sorts a program's run into ran / failed / can't run on a Pico: an uncaught exception a real Pico raises too
// (another board's pins, Wi-Fi on a board without it, a library or file that isn't on the drive) is not a
// simulator failure, but it isn't a pass either; anything else uncaught, a wall-clock time-out or a failed
// trace check is a failure.
import type { ProgramEntry } from "./catalog";

export type Outcome = "ran" | "failed" | "not-pico";

/** Modules in CircuitPython 10's raspberry_pi_pico build (its support matrix entry), plus the language's own. */
const CIRCUITPYTHON_MODULES = new Set(
  (
    "__future__ _asyncio _pixelmap adafruit_bus_device adafruit_pixelbuf aesio alarm analogbufio analogio array atexit " +
    "audiobusio audiocore audiodelays audiofilters audiofreeverb audiomixer audiomp3 audiopwmio binascii bitbangio " +
    "bitmapfilter bitmaptools bitops board builtins busdisplay busio codeop collections countio digitalio displayio " +
    "epaperdisplay errno floppyio fontio fourwire framebufferio gc getpass gifio hashlib i2cdisplaybus i2ctarget " +
    "imagecapture io jpegio json keypad keypad_demux locale lvfontio math max3421e memorymap microcontroller " +
    "micropython msgpack neopixel_write nvm onewireio os paralleldisplaybus picodvi pulseio pwmio qrio rainbowio " +
    "random re rgbmatrix rotaryio rp2pio rtc sdcardio select sharpdisplay storage struct supervisor synthio sys " +
    "terminalio tilepalettemapper time touchio traceback ulab usb usb_cdc usb_hid usb_host usb_midi usb_video " +
    "vectorio warnings watchdog zlib"
  ).split(" "),
);

/** Modules in MicroPython's rp2 port for the Pico (RPI_PICO board), frozen Python modules included. */
const MICROPYTHON_MODULES = new Set(
  (
    "__future__ _asyncio _onewire _rp2 _thread array asyncio binascii builtins cmath collections cryptolib deflate " +
    "dht ds18x20 errno framebuf gc hashlib heapq io json machine math micropython neopixel onewire os platform " +
    "random re rp2 select struct sys time uctypes vfs"
  ).split(" "),
);

/** Modules that need the Pico W's radio (Wi-Fi, Bluetooth). */
const RADIO_MODULES = new Set(["wifi", "socketpool", "ssl", "ipaddress", "mdns", "network", "socket", "cyw43", "_bleio", "bluetooth", "espnow", "adafruit_requests", "adafruit_connection_manager", "requests", "urequests"]);

/**
 * Programs that raise on a real Pico too, for reasons in the program itself that no rule above can see; each
 * entry says why (checked against the library and firmware sources).
 */
const RAISES_ON_A_PICO: Record<string, { exception: RegExp; reason: string }> = {
  "Adafruit_CircuitPython_Pixelbuf/examples/pixelbuf_simpletest.py": {
    exception: /^TypeError: /,
    reason: "passes byteorder positionally, but PixelBuf takes it keyword-only (the firmware's native class and the library alike)",
  },
};

export interface Verdict {
  outcome: Outcome;
  /** Why: the exception, or what a Pico lacks. */
  reason: string;
}

function firmwareHas(flavor: ProgramEntry["flavor"], module: string): boolean {
  const top = module.split(".")[0];
  return (flavor === "circuitpython" ? CIRCUITPYTHON_MODULES : MICROPYTHON_MODULES).has(top);
}

/** A missing module: a simulator gap when the firmware has it, else something a Pico (with these libraries) lacks. */
function missingModule(entry: ProgramEntry, module: string, exception: string): Verdict {
  if (firmwareHas(entry.flavor, module)) return { outcome: "failed", reason: exception };
  if (RADIO_MODULES.has(module.split(".")[0])) return { outcome: "not-pico", reason: `needs Wi-Fi/Bluetooth (module ${module}): a Pico has no radio` };
  return { outcome: "not-pico", reason: `needs module ${module}, not in the Pico's firmware nor in the libraries provided` };
}

/** The last line of a traceback: "AttributeError: 'module' object has no attribute 'D5' (...)". */
export function exceptionLine(stderr: string): string | null {
  const lines = stderr.trimEnd().split("\n");
  const at = lines.findLastIndex((l) => l.startsWith("Traceback (most recent call last):"));
  if (at < 0) return null;
  return lines.slice(at + 1).find((l) => !l.startsWith(" ")) ?? null;
}

/** Whether the program's own text ever binds `name` (assignment, def, class, import, for, with, except). */
function bindsName(source: string, name: string): boolean {
  const n = name.replace(/[^\w]/g, "");
  const binders = [
    `\\b${n}\\s*(,[^=\\n]*)?=[^=]`, `\\bdef\\s+${n}\\b`, `\\bclass\\s+${n}\\b`, `\\bimport\\b[^\\n]*\\b${n}\\b`,
    `\\bfor\\b[^\\n]*\\b${n}\\b[^\\n]*\\bin\\b`, `\\bas\\s+${n}\\b`, `\\bglobal\\b[^\\n]*\\b${n}\\b`,
  ];
  return binders.some((b) => new RegExp(b).test(source));
}

/** `from board import X, Y` names in the program. */
function boardImports(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/^\s*from\s+board\s+import\s+([^\n#]+)/gm)) names.push(...m[1].replace(/[()]/g, "").split(",").map((x) => x.trim().split(/\s+/)[0]));
  return names;
}

/** Judges an uncaught exception: one a real Pico raises for this program too, or a simulator failure. */
export function judgeException(entry: ProgramEntry, exception: string, source = "", boardHint = false): Verdict {
  const known = RAISES_ON_A_PICO[entry.path];
  if (known?.exception.test(exception)) return { outcome: "not-pico", reason: `raises on a Pico too: ${known.reason}` };
  const attr = /^AttributeError: 'module' object has no attribute '(\w+)'/.exec(exception);
  if (attr && (boardHint || entry.non_pico_board_attrs?.includes(attr[1]))) {
    return { outcome: "not-pico", reason: `written for another board: board.${attr[1]} doesn't exist on a Pico` };
  }
  const fromBoard = /^ImportError: can't import name (\w+)/.exec(exception);
  if (fromBoard && (entry.non_pico_board_attrs?.includes(fromBoard[1]) || boardImports(source).includes(fromBoard[1]))) {
    return { outcome: "not-pico", reason: `written for another board: board.${fromBoard[1]} doesn't exist on a Pico` };
  }
  const mod = /^ImportError: no module named '([\w.]+)'/.exec(exception);
  if (mod) return missingModule(entry, mod[1], exception);
  if (/^OSError: .*(ENOENT|Errno 2\b)/.test(exception) && (entry.missing_data_files?.length ?? 0) > 0) {
    return { outcome: "not-pico", reason: `needs files that aren't on the drive: ${entry.missing_data_files!.join(", ")}` };
  }
  const name = /^NameError: name '(\w+)' isn't defined/.exec(exception);
  if (name && source !== "" && !bindsName(source, name[1])) {
    return { outcome: "not-pico", reason: `incomplete program: '${name[1]}' is never defined in it (a snippet continuing an earlier one)` };
  }
  if (/^AttributeError: 'NoneType' object has no attribute/.test(exception) && /supervisor\.runtime\.display/.test(source)) {
    return { outcome: "not-pico", reason: "needs a display: supervisor.runtime.display is None on a Pico" };
  }
  if (/^NotImplementedError: .*(AnalogOut|DAC)/.test(exception)) {
    return { outcome: "not-pico", reason: "needs a DAC (analogio.AnalogOut): the RP2040 has none" };
  }
  if (/^OSError: .*no SD card/i.test(exception)) {
    // A Pico can have an SD card breakout on SPI: the simulator's lack of one is a gap, not the program's.
    return { outcome: "failed", reason: `${exception} (the simulator has no SD card part yet)` };
  }
  if (/^RuntimeError: No pull up found on SDA or SCL/.test(exception)) {
    // A program with a device driver would find its device's pull-ups on a Pico wired for it: that the simulation
    // wired nothing there is a gap. One with no driver (trying pins, scanning) needs devices nobody can infer.
    if (entry.needs_libs.length > 0) return { outcome: "failed", reason: `${exception} (its I2C device isn't wired in the simulation)` };
    return { outcome: "not-pico", reason: "tries I2C pins with no device driver in it: it needs devices (and their pull-ups) wired to each pair it tries, or a bare Pico raises this too" };
  }
  return { outcome: "failed", reason: exception };
}

export interface RunFacts {
  /** The CLI's exit status (null when killed). */
  status: number | null;
  timedOut: boolean;
  stderr: string;
  /** Failed trace checks, as messages. */
  failedChecks: string[];
  /** The program's source (to tell its own mistakes from the simulator's). */
  source: string;
  /** What it printed (a program may catch the AttributeError for another board's pin, print it, then fail). */
  stdout: string;
}

/** Another board's pin named in an AttributeError the program caught and printed. */
function printedBoardError(entry: ProgramEntry, stdout: string): string | null {
  for (const attr of entry.non_pico_board_attrs ?? []) {
    if (stdout.includes(`no attribute '${attr}'`)) return attr;
  }
  return null;
}

export function classify(entry: ProgramEntry, run: RunFacts): Verdict {
  if (run.timedOut) return { outcome: "failed", reason: "wall-clock time-out (the simulation ran too slowly)" };
  const exception = exceptionLine(run.stderr);
  if (run.status !== 0) {
    // The simulator explains another board's pin names under the traceback ("Hint: this is a Raspberry Pi Pico...").
    if (exception !== null) {
      const verdict = judgeException(entry, exception, run.source, /^Hint: this is a Raspberry Pi Pico/m.test(run.stderr));
      const caught = verdict.outcome === "failed" ? printedBoardError(entry, run.stdout) : null;
      if (caught !== null) return { outcome: "not-pico", reason: `written for another board: board.${caught} doesn't exist on a Pico (caught, then ${exception})` };
      return verdict;
    }
    return { outcome: "failed", reason: `exit status ${run.status}: ${run.stderr.trim().split("\n").slice(-1)[0] ?? ""}` };
  }
  if (run.failedChecks.length > 0) return { outcome: "failed", reason: `trace check: ${run.failedChecks.join("; ")}` };
  return { outcome: "ran", reason: "" };
}
