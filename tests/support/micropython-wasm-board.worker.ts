// A test board in a Node worker thread: MicroPython's own WebAssembly build behind the real SerialRepl and shared
// serial link. It answers file snippets as real MicroPython does (os.ilistdir, rename, binascii, hashlib), as an oracle.
// workerData: `flavor` ("micropython" | "circuitpython" banners), `withoutModules` (e.g. ["hashlib"]) to model smaller
// firmware, `files` to preload under /flash (the drive: the build's own root holds /dev and /proc), `readOnly` as
// CircuitPython's drive is while the computer mounts it.
import { parentPort, workerData } from "node:worker_threads";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { SerialBoardEnd, type SharedSerialBuffers } from "../../src/board/shared-serial";
import { SerialRepl, type ExecOutcome, type ReplExecutor } from "../../src/board/repl/serial-repl";
import { SerialClosed } from "../../src/board/repl/serial-port";
import { circuitpythonText, micropythonText } from "../../src/board/firmware";
import { pythonBytesLiteral, pythonString } from "../../src/device/files/encoding";
import { READ_ONLY_DRIVE } from "./read-only-drive";

const options = workerData as SharedSerialBuffers & {
  flavor?: "micropython" | "circuitpython";
  withoutModules?: string[];
  files?: { path: string; data: Uint8Array }[];
  readOnly?: boolean;
};
const serial = new SerialBoardEnd(options, (chunk) => parentPort!.postMessage(chunk));
const text = options.flavor === "circuitpython" ? circuitpythonText : micropythonText;

// The firmware's stdout is "cooked": \n goes out as \r\n.
const mp = await loadMicroPython({
  heapsize: 4 * 1024 * 1024,
  linebuffer: false,
  stdout: (data) => {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    for (const b of bytes) serial.write(b === 10 ? "\r\n" : Uint8Array.of(b));
  },
});
// A module registered as an empty JS object behaves as a build without it: its functions are missing.
for (const name of options.withoutModules ?? []) mp.registerJsModule(name, {});
mp.runPython("import os\nos.mkdir('/flash')");
for (const f of options.files ?? []) {
  mp.runPython(`with open(${pythonString("/flash/" + f.path)}, 'wb') as f:\n f.write(${pythonBytesLiteral(new Uint8Array(f.data))})`);
}
if (options.readOnly) mp.runPython(READ_ONLY_DRIVE);

class WasmExecutor implements ReplExecutor {
  execute(source: string): ExecOutcome {
    try {
      mp.runPython(source);
      return { kind: "ok" };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return { kind: "exception", text: message.replace(/\r?\n/g, "\r\n") };
    }
  }
}

/** A soft reboot forgets the program's globals; the files stay. */
function softReset(): void {
  mp.runPython("for _k in list(globals()):\n if not _k.startswith('__') and _k != '_k':\n  del globals()[_k]\ndel globals()['_k']\nimport gc\ngc.collect()");
}

const repl = new SerialRepl(serial, new WasmExecutor(), text);
try {
  let exit = repl.run("friendly", true);
  for (;;) {
    softReset();
    serial.write(text.softReboot());
    exit = repl.run(exit.mode, exit.mode === "raw");
  }
} catch (e) {
  if (!(e instanceof SerialClosed)) throw e;
}
serial.flush();
