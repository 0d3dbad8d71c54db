// The header's project menu: new projects, switching, rename/duplicate/export/import/close/delete.
import { closeProject, createProject, deleteProject, duplicateProject, openProject, renameProject } from "../../app/actions/projects";
import { exportProject } from "../../app/actions/transfer";
import { useApp } from "../../app/state";
import { Icon } from "../common/Icon";
import { Menu, type MenuItem } from "../common/Menu";
import { pickAndImportFolder, pickAndImportZip } from "./import-picked";

export function ProjectMenu() {
  const project = useApp((s) => s.project);
  const projects = useApp((s) => s.projects);
  if (!project) return null;
  const others: MenuItem[] = projects.map((p, i) => ({
    label: p.name,
    checked: p.id === project.id,
    section: i === 0,
    onSelect: () => void (p.id !== project.id && openProject(p.id)),
  }));
  const items: MenuItem[] = [
    { label: "New CircuitPython project", onSelect: () => void createProject("circuitpython") },
    { label: "New MicroPython project", onSelect: () => void createProject("micropython") },
    ...others,
    { label: "Rename project…", onSelect: () => void renameProject(), section: true },
    { label: "Duplicate project", onSelect: () => void duplicateProject() },
    { label: "Export as .zip", onSelect: () => void exportProject() },
    { label: "Import .zip…", onSelect: () => void pickAndImportZip(), section: true },
    { label: "Import folder…", onSelect: () => void pickAndImportFolder() },
    { label: "Close project", onSelect: () => void closeProject(), section: true },
    { label: "Delete project…", onSelect: () => void deleteProject(), danger: true },
  ];
  return (
    <Menu
      ariaLabel={`Project: ${project.name}`}
      buttonClassName="project-button"
      title="Project menu"
      items={items}
      buttonContent={
        <>
          <span className="project-name">{project.name}</span>
          <Icon name="caret" size={14} />
        </>
      }
    />
  );
}
