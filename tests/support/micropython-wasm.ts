// MicroPython's WebAssembly build in-process, for unit tests that check generated Python against the real thing.
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

export interface MicroPythonRunner {
  /** Runs code in the persistent globals; returns stdout, or throws an Error whose message is the traceback. */
  run(code: string): string;
  /** Makes `import name` give an empty module (a firmware built without it). */
  withoutModule(name: string): void;
}

/** One live instance at a time: the build keeps its module in a global, so a second load breaks the first. */
export async function startMicroPython(): Promise<MicroPythonRunner> {
  let out = "";
  const decoder = new TextDecoder();
  const mp = await loadMicroPython({
    heapsize: 4 * 1024 * 1024,
    linebuffer: false,
    stdout: (data) => (out += typeof data === "string" ? data : decoder.decode(data, { stream: true })),
  });
  return {
    run(code) {
      out = "";
      mp.runPython(code);
      return out;
    },
    withoutModule(name) {
      mp.registerJsModule(name, {});
    },
  };
}
