// MicroPython's rp2 port modules: the native `_rp2` (PIO, StateMachine, bootsel_button) and `rp2`, which is the
// firmware's own frozen rp2.py (asm_pio, asm_pio_encode, PIOASMError) run over `_rp2`, with DMA and Flash.
import { builtinFunction } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { frozenModule } from "../frozen";
import { rp2Session } from "./context";
import { pioType } from "./pio";
import { stateMachineType } from "./state-machine";
import { RP2_SOURCE } from "./rp2-source";
import { dmaType } from "./dma";
import { flashType } from "./flash";

export function createNativeRp2Module(): PyModule {
  const session = rp2Session(); // without a board the import fails like a missing module
  const m = new PyModule("_rp2");
  m.set("PIO", pioType);
  m.set("StateMachine", stateMachineType);
  m.set("DMA", dmaType);
  m.set("Flash", flashType);
  m.set("bootsel_button", builtinFunction("bootsel_button", 0, 0, () => (session.hw.system.bootselPressed() ? 1 : 0)));
  return m;
}

export function createRp2Module(): PyModule {
  rp2Session();
  return frozenModule("rp2", RP2_SOURCE, "rp2.py");
}
