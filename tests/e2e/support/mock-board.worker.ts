// The mock Pico behind the e2e tests' fake Web Serial port: MicroPython's own WebAssembly build behind the firmware's
// REPL byte protocol (SerialRepl), with its drive at "/" as on a Pico, a Pico's identity (uname, unique_id, a 1.4 MB
// flash) and main.py run at power-on and soft reboot. workerData: `files` to preload; `flavor: "circuitpython"` for
// CircuitPython's face (banners, title statuses, code.py, "Press any key", board/storage/microcontroller modules) and
// `readOnly` for its drive as Python sees it while the computer has CIRCUITPY mounted.
import { parentPort, workerData } from "node:worker_threads";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { SerialBoardEnd, type SharedSerialBuffers } from "../../../src/board/shared-serial";
import { SerialRepl, type ExecOutcome, type ReplExecutor } from "../../../src/board/repl/serial-repl";
import { SerialClosed } from "../../../src/board/repl/serial-port";
import { circuitpythonText, micropythonText } from "../../../src/board/firmware";
import { pythonBytesLiteral, pythonString } from "../../../src/device/files/encoding";
import { READ_ONLY_DRIVE } from "../../support/read-only-drive";

const options = workerData as SharedSerialBuffers & {
  files?: { path: string; data: Uint8Array }[];
  flavor?: "micropython" | "circuitpython";
  readOnly?: boolean;
};
const circuitPython = options.flavor === "circuitpython";
const text = circuitPython ? circuitpythonText : micropythonText;
const serial = new SerialBoardEnd(options, (chunk) => parentPort!.postMessage(chunk));
const cooked = (text: string) => serial.write(text.replace(/\r?\n/g, "\r\n"));

const mp = await loadMicroPython({
  heapsize: 4 * 1024 * 1024,
  linebuffer: false,
  // The firmware's stdout is "cooked": \n goes out as \r\n.
  stdout: (data) => {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    for (const b of bytes) serial.write(b === 10 ? "\r\n" : Uint8Array.of(b));
    // A blocking time.sleep() would hold batched output back: a Pico's print reaches the host at once.
    serial.flush();
  },
});

// The build's root holds /dev and /proc: mount a folder of its own at "/" so paths are a Pico's. Names are made in a
// function, so the soft reset (which clears globals) can't take them away.
mp.runPython(`import os
os.mkdir('/flash')
os.umount('/')
os.mount(os.VfsPosix('/flash'), '/')
def _pico():
 import os, sys
 class U:
  sysname = 'rp2'
  nodename = 'rp2'
  release = '1.28.0'
  version = 'v1.28.0 on 2026-11-21 (GNU 14.2.0 MinSizeRel)'
  machine = 'Raspberry Pi Pico with RP2040'
 class M:
  @staticmethod
  def unique_id():
   return b'\\xe6\\x61\\x38\\x52\\x83\\x4f\\x2a\\x2f'
 os.uname = lambda: U
 os.statvfs = lambda p: (4096, 4096, 352, 290, 290, 0, 0, 0, 0, 255)
 sys.modules['machine'] = M
 # Emscripten's errno numbers become the Pico's (ENOENT 2, EEXIST 17, ENOTDIR 20, EISDIR 21, ENOSPC 28, ENOTEMPTY 39).
 codes = {44: 2, 20: 17, 54: 20, 31: 21, 51: 28, 69: 30, 55: 39}
 def pico_errno(fn):
  def call(*a):
   try:
    return fn(*a)
   except OSError as e:
    raise OSError(codes.get(e.args[0], e.args[0]))
  return call
 for n in ('stat', 'remove', 'mkdir', 'rmdir', 'listdir', 'ilistdir'):
  setattr(os, n, pico_errno(getattr(os, n)))
 import builtins
 builtins.open = pico_errno(builtins.open)
 # The build's rename fails under a mounted folder: move by copying (the mock needs no atomicity of its own).
 def rename(a, b):
  if os.stat(a)[0] & 0x4000:
   os.mkdir(b)
   for n in os.listdir(a):
    rename(a + '/' + n, b + '/' + n)
   os.rmdir(a)
   return
  with open(a, 'rb') as f:
   d = f.read()
  with open(b, 'wb') as f:
   f.write(d)
  os.remove(a)
 os.rename = rename
 # A Pico's RAM, not the WebAssembly heap's.
 import gc
 class G:
  collect = staticmethod(gc.collect)
  enable = staticmethod(gc.enable)
  disable = staticmethod(gc.disable)
  mem_alloc = staticmethod(lambda: 12032)
  mem_free = staticmethod(lambda: 233472)
 sys.modules['gc'] = G
_pico()
del _pico`);
// CircuitPython's identity: sys.implementation, and the modules its board info reads.
const CIRCUITPYTHON = `def _cp(read_only):
 import sys
 real = sys
 class Impl:
  name = 'circuitpython'
  version = (10, 2, 1)
  _machine = 'Raspberry Pi Pico with rp2040'
 class Sys:
  implementation = Impl
  def __getattr__(self, n):
   return getattr(real, n)
 class Board:
  board_id = 'raspberry_pi_pico'
 class Mount:
  readonly = read_only
 class Storage:
  @staticmethod
  def getmount(p):
   return Mount
 class Cpu:
  uid = b'\\xe6\\x61\\x38\\x52\\x83\\x4f\\x2a\\x2f'
 class Microcontroller:
  cpu = Cpu
 sys.modules['board'] = Board
 sys.modules['storage'] = Storage
 sys.modules['microcontroller'] = Microcontroller
 sys.modules['sys'] = Sys()
_cp(${options.readOnly ? "True" : "False"})
del _cp`;

for (const f of options.files ?? []) {
  const dir = f.path.includes("/") ? f.path.slice(0, f.path.lastIndexOf("/")) : "";
  if (dir) mp.runPython(`import os\ntry:\n os.mkdir(${pythonString("/" + dir)})\nexcept OSError:\n pass`);
  mp.runPython(`with open(${pythonString("/" + f.path)}, 'wb') as f:\n f.write(${pythonBytesLiteral(new Uint8Array(f.data))})`);
}

if (circuitPython) mp.runPython(CIRCUITPYTHON);
if (options.readOnly) mp.runPython(READ_ONLY_DRIVE);

class WasmExecutor implements ReplExecutor {
  execute(source: string): ExecOutcome {
    try {
      mp.runPython(source);
      return { kind: "ok" };
    } catch (e) {
      return { kind: "exception", text: (e instanceof Error ? e.message : String(e)).replace(/\r?\n/g, "\r\n") };
    }
  }
}

/** A soft reboot forgets the program's globals; the files stay. */
function softReset(): void {
  mp.runPython("for _k in list(globals()):\n if not _k.startswith('__') and _k != '_k':\n  del globals()[_k]\ndel globals()['_k']\nimport gc\ngc.collect()");
}

/** Runs `path` when the drive has it (a traceback goes to the terminal, as the firmware prints it). */
function runFile(path: string): void {
  try {
    mp.runPython(`try:\n _f = open('${path}')\nexcept OSError:\n _f = None\nif _f:\n _s = _f.read()\n _f.close()\n exec(_s, {'__name__': '__main__'})`);
  } catch (e) {
    cooked(e instanceof Error ? e.message : String(e));
  }
}

/**
 * What the firmware does at power-on and after a soft reboot at the friendly prompt. MicroPython runs main.py, then
 * the REPL; CircuitPython runs code.py with its supervisor's lines and title statuses, then waits for a key.
 */
function runMain(): void {
  if (!circuitPython) {
    runFile("/main.py");
    return;
  }
  serial.write(circuitpythonText.autoReloadNotice());
  serial.write(circuitpythonText.codeOutputHeader("code.py"));
  runFile("/code.py");
  serial.write(circuitpythonText.codeDone());
  serial.write(circuitpythonText.pressAnyKey());
  serial.readByte();
}

/** The part of Emscripten's file system API the build exposes (untyped in its package). */
interface EmscriptenFs {
  readdir(path: string): string[];
  stat(path: string): { mode: number };
  isDir(mode: number): boolean;
  readFile(path: string): Uint8Array;
}
const fs = (mp as unknown as { FS: EmscriptenFs }).FS;

/** The drive's files, for the next power-on (the test's "unplug" closes the link: the board loses power). */
function driveFiles(dir = "/flash", out: { path: string; data: Uint8Array }[] = []): { path: string; data: Uint8Array }[] {
  for (const name of fs.readdir(dir)) {
    if (name === "." || name === "..") continue;
    const full = `${dir}/${name}`;
    if (fs.isDir(fs.stat(full).mode)) driveFiles(full, out);
    else out.push({ path: full.slice("/flash/".length), data: fs.readFile(full) });
  }
  return out;
}

const repl = new SerialRepl(serial, new WasmExecutor(), text);
try {
  // Power-on: main.py runs before the REPL starts, as on the firmware.
  runMain();
  let exit = repl.run("friendly", true);
  for (;;) {
    softReset();
    serial.write(text.softReboot());
    if (exit.mode === "friendly") runMain();
    exit = repl.run(exit.mode, true);
  }
} catch (e) {
  if (!(e instanceof SerialClosed)) throw e;
}
serial.flush();
parentPort!.postMessage({ type: "power-off", files: driveFiles() });
