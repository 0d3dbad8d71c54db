// CircuitPython's sdcardio: SDCard(bus, cs, baudrate=8000000) talks to an SD card over SPI. No SD card part can be
// wired to the simulated Pico yet, so the card never answers its first command and construction fails as a board
// with an empty socket does.
import type { PyValue, Kw } from "../runtime/object";
import { newException, OSError, raiseTypeError } from "../runtime/errors";
import { PyModule } from "../types/module";
import { makeNativeType } from "../hardware/native-type";
import { parseArgs } from "../hardware/mp-args";
import { cpSession } from "../hardware/circuitpython/context";
import { freePinArg } from "../hardware/circuitpython/mcu-pin";

export const sdCardType = makeNativeType("SDCard");

sdCardType.defineSlots({
  new: (_type: unknown, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [
      { name: "spi", kind: "obj", required: true },
      { name: "cs", kind: "obj", required: true },
      { name: "baudrate", kind: "int", dflt: 8_000_000 },
    ]);
    if (typeof a.spi !== "object" || (a.spi as { $type?: { name: string } }).$type?.name !== "SPI") raiseTypeError("spi must be of type SPI");
    freePinArg(cpSession("sdcardio"), a.cs, "cs");
    // mp_raise_OSError_msg: an OSError carrying only the message.
    throw newException(OSError, "no SD card");
  },
});

export function createSdcardioModule(): PyModule {
  return new PyModule("sdcardio").set("SDCard", sdCardType);
}
