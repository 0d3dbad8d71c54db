// Who the simulated board says it is: firmware name, version and machine, per flavour (MicroPython 1.28 /
// CircuitPython 10.2.1 on the target board, a Raspberry Pi Pico by default), matching the banners real boards print.
import { config } from "../../runtime/config";
import { micropythonBoard, targetBoard } from "../../hardware/boards/index";

export interface BoardIdentity {
  implementation: "micropython" | "circuitpython";
  version: [number, number, number];
  /** sys.version: "3.4.0; MicroPython v1.28.0 on 2026-11-21". */
  sysVersion: string;
  machine: string;
  sysname: string;
  release: string;
  unameVersion: string;
  /** sys.implementation._mpy: .mpy version 6.3 for ARMv6-M. */
  mpy: number;
  build: string;
}

const BUILD_DATE = "2026-11-21";

export function boardIdentity(): BoardIdentity {
  const board = targetBoard();
  if (config.flavor === "circuitpython") {
    return {
      implementation: "circuitpython",
      version: [10, 2, 1],
      sysVersion: `3.4.0; Adafruit CircuitPython 10.2.1 on ${BUILD_DATE}`,
      machine: `${board.name} with rp2040`,
      sysname: "rp2040",
      release: "10.2.1",
      unameVersion: `10.2.1 on ${BUILD_DATE}`,
      mpy: 4870,
      build: board.id,
    };
  }
  return {
    implementation: "micropython",
    version: [1, 28, 0],
    sysVersion: `3.4.0; MicroPython v1.28.0 on ${BUILD_DATE}`,
    machine: `${micropythonBoard().name} with RP2040`,
    sysname: "rp2",
    release: "1.28.0",
    unameVersion: `v1.28.0 on ${BUILD_DATE} (GNU 14.2.0 MinSizeRel)`,
    mpy: 4870,
    build: micropythonBoard().micropython!.build,
  };
}
