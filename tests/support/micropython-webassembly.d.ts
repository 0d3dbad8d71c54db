// Types for the parts of MicroPython's WebAssembly build (npm, no typings) that the oracle test board uses.
declare module "@micropython/micropython-webassembly-pyscript" {
  export interface MicroPythonInstance {
    runPython(code: string): unknown;
    registerJsModule(name: string, module: object): void;
  }
  export function loadMicroPython(options?: {
    heapsize?: number;
    stdout?: (data: Uint8Array | string) => void;
    stderr?: (data: Uint8Array | string) => void;
    linebuffer?: boolean;
  }): Promise<MicroPythonInstance>;
}
