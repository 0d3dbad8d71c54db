// Opening an example: always as a NEW project (the store picks "Blink (MicroPython) 2" if the name is taken).
import { exampleId, findExample } from "../../examples";
import { notify, showError } from "../actions/notices";
import { refreshProjects } from "../actions/project-state";
import { mayLeaveProject, openProject } from "../actions/projects";
import { db } from "../services";
import { exampleProject } from "./example-project";
import { closeGallery, useExamples } from "./examples-state";

export async function openExample(id: string): Promise<void> {
  const example = findExample(id);
  if (!example || useExamples.getState().opening) return;
  const project = exampleProject(example);
  if (!project.ok) return void showError(`The example couldn't be opened: ${project.error.message}`);
  // Asked before anything is created, so choosing to stay leaves no stray project behind.
  if (!(await mayLeaveProject())) return;
  useExamples.setState({ opening: exampleId(example) });
  const created = await db().createFromRestored(project.value);
  if (!created.ok) {
    useExamples.setState({ opening: undefined });
    return void showError(`The example couldn't be opened: ${created.error.message}`);
  }
  closeGallery();
  await refreshProjects();
  if (await openProject(created.value.id, { skipFlush: true })) notify("success", `Opened the example as a new project: "${created.value.name}". Press Run to try it.`);
}
