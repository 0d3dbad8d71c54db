// Shared by the welcome screen and the project menu: pick a .zip or a folder and import it as a new project.
import { importFolder, importZip } from "../../app/actions/transfer";
import { readPickedFiles } from "../../app/actions/read-dropped";
import { pickFiles } from "../common/pick-files";

export async function pickAndImportZip(): Promise<void> {
  const [file] = await pickFiles({ accept: ".zip,application/zip" });
  if (file) await importZip(file);
}

export async function pickAndImportFolder(): Promise<void> {
  const files = await pickFiles({ folder: true, multiple: true });
  if (files.length > 0) await importFolder(await readPickedFiles(files));
}
