// An example as a project: its files (wiring.json among them: the board wires its parts from it), flavour and name.
import { restoreProject, type RestoredProject, type Result } from "../../storage";
import { exampleFiles, exampleProjectName, type ExampleEntry } from "../../examples";

/** The example ready for ProjectStore.createFromRestored, through the same checks as any import. */
export function exampleProject(example: ExampleEntry): Result<RestoredProject> {
  return restoreProject({ name: exampleProjectName(example), flavor: example.flavor, files: exampleFiles(example) }, { source: "example" });
}
