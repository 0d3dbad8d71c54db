// An example as a project: its files, flavour, name and the wiring in the simulator's own format.
import { restoreProject, type RestoredProject, type Result } from "../../storage";
import { exampleFiles, exampleProjectName, type ExampleInfo, type ExamplePart } from "../../examples";
import { restoreWiring, type Part, type Wiring } from "../simulator/wiring";

/** The parts the simulator's wiring can hold today; the others (NeoPixels, OLED) the board finds by itself. */
function wiredPart(part: ExamplePart, index: number): Part | undefined {
  if (part.kind === "led" || part.kind === "button" || part.kind === "pot") return { id: `part${index + 1}`, kind: part.kind, pin: part.pin };
  return undefined;
}

/** The wiring the simulator stores for the example's parts (checked by the simulator's own restore step). */
export function exampleWiring(parts: readonly ExamplePart[]): Wiring {
  const wired = parts.map(wiredPart).filter((p): p is Part => p !== undefined);
  return restoreWiring({ version: 1, parts: wired });
}

/** The example ready for ProjectStore.createFromRestored, through the same checks as any import. */
export function exampleProject(example: ExampleInfo): Result<RestoredProject> {
  return restoreProject(
    { name: exampleProjectName(example), flavor: example.flavor, wiring: exampleWiring(example.parts), files: exampleFiles(example) },
    { source: "example" },
  );
}
