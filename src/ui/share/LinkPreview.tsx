// A shared link coming in: a preview (name, flavour, files with sizes, a read-only look at any file, wiring, the
// libraries the sender left out), then "Open as a new project" or Cancel; a refused link says why. Nothing is stored
// before "Open".
import { useState } from "react";
import { cancelIncoming, incomingFile, openIncoming } from "../../app/share/incoming-link";
import { describeSize } from "../../app/share/share-model";
import { useShare, type IncomingShare, type PreviewFile } from "../../app/share/share-state";
import { Modal } from "./Modal";

const FLAVOR_LABEL = { circuitpython: "CircuitPython", micropython: "MicroPython" } as const;

export function LinkPreview() {
  const incoming = useShare((s) => s.incoming);
  if (!incoming) return null;
  if (incoming.kind === "refused") return <RefusedLink message={incoming.message} />;
  return <Preview preview={incoming} />;
}

function RefusedLink({ message }: { message: string }) {
  return (
    <Modal title="This link can't be opened" onClose={cancelIncoming} alert>
      <p className="dialog-message">{message}</p>
      <p className="dialog-message">Nothing was added or changed.</p>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={cancelIncoming}>OK</button>
      </div>
    </Modal>
  );
}

function Preview({ preview }: { preview: Extract<IncomingShare, { kind: "preview" }> }) {
  const [viewing, setViewing] = useState<string | undefined>();
  const files = preview.files.filter((f) => f.kind === "file");
  const bytes = files.reduce((n, f) => n + f.size, 0);
  return (
    <Modal title="Open a shared project?" onClose={cancelIncoming} className="share-preview">
      <p className="dialog-message">
        {`This link holds "${preview.name}", a ${FLAVOR_LABEL[preview.flavor]} project with ${files.length} ${files.length === 1 ? "file" : "files"} (${describeSize(bytes)}). Look it over, then open it as a new project: your own projects are not changed.`}
      </p>
      <FileTable files={preview.files} viewing={viewing} onView={setViewing} />
      {preview.parts.length > 0 && <p className="share-hint">{`Wired parts: ${preview.parts.join(", ")}.`}</p>}
      {preview.leftOut.length > 0 && <LeftOutNote names={preview.leftOut} flavor={preview.flavor} />}
      {viewing && <FileView path={viewing} />}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={cancelIncoming}>Cancel</button>
        <button type="button" className="button primary" disabled={preview.opening} onClick={() => void openIncoming()}>
          {preview.opening ? "Opening…" : "Open as a new project"}
        </button>
      </div>
    </Modal>
  );
}

/** The libraries the sender left out: the project needs them in lib/ again before it runs. */
function LeftOutNote({ names, flavor }: { names: string[]; flavor: keyof typeof FLAVOR_LABEL }) {
  const source = flavor === "circuitpython" ? "the Adafruit CircuitPython bundle (circup)" : "micropython-lib (mip)";
  return (
    <p className="share-hint share-left-out" role="note" aria-label="Left out of the link">
      {`The sender left these out of the link: ${names.join(", ")}. Install them into lib/ again from ${source} before running the project.`}
    </p>
  );
}

function FileTable({ files, viewing, onView }: { files: PreviewFile[]; viewing?: string; onView: (path: string) => void }) {
  return (
    <div className="share-files">
      <table>
        <caption>Files in the link</caption>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Size</th><th scope="col"><span className="visually-hidden">Look</span></th></tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.path}>
              <td className="share-file-name">{f.kind === "dir" ? `${f.path}/` : f.path}</td>
              <td>{f.kind === "dir" ? "folder" : describeSize(f.size)}</td>
              <td>
                {f.kind === "file" && (
                  <button type="button" className="button small" aria-pressed={viewing === f.path} aria-label={`View ${f.path}`} onClick={() => onView(f.path)}>
                    View
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FileView({ path }: { path: string }) {
  const file = incomingFile(path);
  return (
    <section className="share-file-view" aria-label={`Contents of ${path}`}>
      {file?.kind === "text" ? (
        <pre tabIndex={0}>{file.text}</pre>
      ) : (
        <p className="share-hint">{`${path} is a binary file (${describeSize(file?.size ?? 0)}); it can't be shown as text.`}</p>
      )}
    </section>
  );
}
