// The examples gallery: every example of each flavour, with what it shows and its parts; each opens as a new project.
import { useState } from "react";
import { openExample } from "../../app/examples/example-actions";
import { closeGallery, useExamples } from "../../app/examples/examples-state";
import { EXAMPLES, FLAVOR_NAMES, describePart, exampleId, type ExampleFlavor, type ExampleInfo } from "../../examples";
import { Modal } from "../share/Modal";
import "./examples.css";

const FLAVORS: ExampleFlavor[] = ["micropython", "circuitpython"];

export default function ExamplesGallery() {
  const [flavor, setFlavor] = useState<ExampleFlavor>("micropython");
  return (
    <Modal title="Examples" onClose={closeGallery} className="examples-gallery">
      <p className="dialog-message">Each example opens as a new project with its parts wired. Press Run to try it on the simulated Pico.</p>
      <FlavorSwitch flavor={flavor} onChange={setFlavor} />
      <ul className="example-list" aria-label={`${FLAVOR_NAMES[flavor]} examples`}>
        {EXAMPLES.filter((e) => e.flavor === flavor).map((e) => (
          <ExampleCard key={exampleId(e)} example={e} />
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={closeGallery}>Close</button>
      </div>
    </Modal>
  );
}

function FlavorSwitch({ flavor, onChange }: { flavor: ExampleFlavor; onChange: (f: ExampleFlavor) => void }) {
  return (
    <div className="example-flavors" role="radiogroup" aria-label="Firmware">
      {FLAVORS.map((f) => (
        <label key={f} className={`example-flavor${f === flavor ? " is-checked" : ""}`}>
          <input type="radio" name="example-flavor" checked={f === flavor} onChange={() => onChange(f)} />
          {FLAVOR_NAMES[f]}
        </label>
      ))}
    </div>
  );
}

function ExampleCard({ example }: { example: ExampleInfo }) {
  const opening = useExamples((s) => s.opening);
  const id = exampleId(example);
  const parts = example.parts.map(describePart);
  return (
    <li className="example-card">
      <div className="example-text">
        <h3 className="example-title">{example.title}</h3>
        <p className="example-summary">{example.summary}</p>
        <p className="example-parts">{parts.length > 0 ? `Parts: ${parts.join(", ")}` : "No parts needed: just the Pico."}</p>
      </div>
      <button
        type="button"
        className="button primary"
        disabled={opening !== undefined}
        aria-label={`Open example: ${example.title} (${FLAVOR_NAMES[example.flavor]})`}
        onClick={() => void openExample(id)}
      >
        {opening === id ? "Opening…" : "Open"}
      </button>
    </li>
  );
}
