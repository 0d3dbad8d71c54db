// The `rp2` module, as far as the simulator goes today: the BOOTSEL button. PIO, DMA and Flash come with the
// PIO/DMA simulation (a later issue).
import { builtinFunction } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { currentSession } from "../session";

export function createRp2Module(): PyModule {
  const session = currentSession("rp2");
  const m = new PyModule("rp2");
  m.set("bootsel_button", builtinFunction("bootsel_button", 0, 0, () => (session.hw.system.bootselPressed() ? 1 : 0)));
  return m;
}
