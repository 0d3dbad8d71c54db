// Registers the container modules (array, collections, heapq, struct) with the interpreter's module registry.
// Like the other library modules they are "extensible": a same-named .py file wins, and the old u-names work.
import { registerNativeModule, registerModuleAlias } from "../runtime/native-modules";
import type { PyModule } from "../types/module";
import "../types/containers/install";
import { createArrayModule } from "./array";
import { createCollectionsModule } from "./collections";
import { createHeapqModule } from "./heapq";
import { createStructModule } from "./struct";

const CONTAINER_MODULES: Record<string, () => PyModule> = {
  array: createArrayModule,
  collections: createCollectionsModule,
  heapq: createHeapqModule,
  struct: createStructModule,
};

export function registerContainerModules(): void {
  for (const [name, factory] of Object.entries(CONTAINER_MODULES)) {
    registerNativeModule(name, factory, { weak: true });
    registerModuleAlias("u" + name, name);
  }
}
