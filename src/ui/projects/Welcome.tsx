// The welcome screen: start a CircuitPython or MicroPython project, import one, or reopen a saved project.
import { useState } from "react";
import { createProject, openProject } from "../../app/actions/projects";
import { readDroppedItems } from "../../app/actions/read-dropped";
import { importFolder, importZip } from "../../app/actions/transfer";
import { useApp } from "../../app/state";
import type { ProjectMeta } from "../../storage";
import { pickAndImportFolder, pickAndImportZip } from "./import-picked";
import { ExamplesCard } from "../examples/ExamplesButton";

export function Welcome() {
  const projects = useApp((s) => s.projects);
  const [dropping, setDropping] = useState(false);
  return (
    <main
      className={`welcome${dropping ? " is-dropping" : ""}`}
      aria-labelledby="welcome-title"
      onDragOver={(e) => (e.preventDefault(), setDropping(true))}
      // Moving over a card inside fires dragleave too; only leaving the whole screen ends the highlight.
      onDragLeave={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setDropping(false)}
      onDrop={(e) => (e.preventDefault(), setDropping(false), void importDropped(e.dataTransfer))}
    >
      <div className="welcome-inner">
        <h1 id="welcome-title">Welcome to Pyco</h1>
        <p className="lede">Write Python for the Raspberry Pi Pico. Your projects are kept in this browser and work offline.</p>
        <div className="start-cards">
          <button type="button" className="start-card" onClick={() => void createProject("circuitpython")}>
            <span className="start-card-title">New CircuitPython project</span>
            <span className="start-card-text">code.py, lib/ and settings.toml, like a CIRCUITPY drive.</span>
          </button>
          <button type="button" className="start-card" onClick={() => void createProject("micropython")}>
            <span className="start-card-title">New MicroPython project</span>
            <span className="start-card-text">main.py and lib/, as on a MicroPython board.</span>
          </button>
          <ExamplesCard />
        </div>
        <div className="welcome-imports">
          <button type="button" className="button" onClick={() => void pickAndImportZip()}>Import .zip…</button>
          <button type="button" className="button" onClick={() => void pickAndImportFolder()}>Import folder…</button>
          <span className="hint">or drop a .zip or a folder here</span>
        </div>
        {projects.length > 0 && <ProjectList projects={projects} />}
      </div>
    </main>
  );
}

function ProjectList({ projects }: { projects: ProjectMeta[] }) {
  return (
    <section className="project-list" aria-labelledby="your-projects">
      <h2 id="your-projects">Your projects</h2>
      <ul>
        {projects.map((p) => (
          <li key={p.id}>
            <button type="button" className="project-row" onClick={() => void openProject(p.id)}>
              <span className="project-row-name">{p.name}</span>
              <span className="project-row-meta">
                {p.flavor === "circuitpython" ? "CircuitPython" : "MicroPython"} · edited {new Date(p.updatedAt).toLocaleString()}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function importDropped(transfer: DataTransfer): Promise<void> {
  const zip = [...transfer.files].find((f) => f.name.toLowerCase().endsWith(".zip"));
  if (zip && transfer.files.length === 1) return importZip(zip);
  await importFolder(await readDroppedItems(transfer));
}
