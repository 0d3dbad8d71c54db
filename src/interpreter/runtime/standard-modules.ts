// Registers the modules every interpreter offers (library, container, math, hardware per flavour) with the
// registry in native-modules.ts. Idempotent: registering again replaces the entries.
import "./load-types";
import { registerNativeModule, registerModuleAlias } from "./native-modules";
import { registerLibraryModules } from "../modules/register";
import { registerContainerModules } from "../modules/register-containers";
import { createMathModule } from "../modules/math";
import { createCmathModule } from "../modules/cmath";
import { createBinasciiModule } from "../modules/binascii";
import { hardwareModules, WEAK_HARDWARE_MODULES } from "../hardware/index";
import type { SysOptions } from "../modules/sys";
import { config } from "./config";

export function registerStandardModules(sysOptions: () => SysOptions): void {
  registerLibraryModules(sysOptions);
  registerContainerModules();
  registerNativeModule("math", createMathModule);
  registerNativeModule("cmath", createCmathModule);
  registerNativeModule("binascii", createBinasciiModule, { weak: true });
  registerModuleAlias("ubinascii", "binascii");
  for (const [name, factory] of Object.entries(hardwareModules(config.flavor))) {
    registerNativeModule(name, factory, { weak: WEAK_HARDWARE_MODULES.has(name) });
  }
}
