// Runs Python files on MicroPython's WebAssembly build (double-precision floats) and prints their output, with
// each file's folder copied into its file system: the oracle for tests/golden expectations.
// Usage: node scripts/micropython-oracle.mjs FILE.py...
import fs from "node:fs";
import path from "node:path";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

function copyInto(mp, src, dst) {
  for (const name of fs.readdirSync(src)) {
    const from = path.join(src, name);
    const to = `${dst}/${name}`.replace(/^\/\//, "/");
    if (fs.statSync(from).isDirectory()) {
      try {
        mp.FS.mkdir(to);
      } catch {
        // exists
      }
      copyInto(mp, from, to);
    } else {
      mp.FS.writeFile(to, fs.readFileSync(from));
    }
  }
}

for (const file of process.argv.slice(2)) {
  let output = "";
  const sink = (line) => (output += line + "\n");
  const mp = await loadMicroPython({ heapsize: 64 * 1024 * 1024, stdout: sink, stderr: sink, linebuffer: true });
  if (mp.FS) copyInto(mp, path.dirname(path.resolve(file)), "/");
  try {
    mp.runPython(fs.readFileSync(file, "utf8"));
  } catch (e) {
    output += String(e.message ?? e) + "\n";
  }
  process.stdout.write(`==> ${file}\n${output}`);
}
