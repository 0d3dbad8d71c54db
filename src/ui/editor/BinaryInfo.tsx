// A binary file (.mpy, .bmp, .wav, fonts) is not opened in the editor: this read-only view shows what it is.
import { downloadFile } from "../../app/actions/files";
import type { OpenTab } from "../../app/state";
import { baseName } from "../../storage";

const KINDS: Record<string, string> = {
  mpy: "Compiled MicroPython bytecode (.mpy)",
  bmp: "Bitmap image",
  png: "PNG image",
  jpg: "JPEG image",
  jpeg: "JPEG image",
  gif: "GIF image",
  wav: "WAV audio",
  mp3: "MP3 audio",
  pcf: "Bitmap font (PCF)",
  ttf: "TrueType font",
  bin: "Binary data",
  uf2: "UF2 firmware image",
};

export function describeBinary(path: string): string {
  const dot = path.lastIndexOf(".");
  const ext = dot < 0 ? "" : path.slice(dot + 1).toLowerCase();
  return KINDS[ext] ?? (ext ? `Binary file (.${ext})` : "Binary file");
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB (${bytes.toLocaleString()} bytes)`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes.toLocaleString()} bytes)`;
}

export function BinaryInfo({ tab }: { tab: OpenTab }) {
  return (
    <section className="binary-info" aria-label={`About ${baseName(tab.path)}`}>
      <h2>{baseName(tab.path)}</h2>
      <dl>
        <dt>Type</dt>
        <dd>{describeBinary(tab.path)}</dd>
        <dt>Size</dt>
        <dd>{formatSize(tab.size)}</dd>
        <dt>Location</dt>
        <dd>/{tab.path}</dd>
      </dl>
      <p className="hint">This is a binary file, so it can't be edited here. It is kept on the project's drive as it is.</p>
      <button type="button" className="button" onClick={() => void downloadFile(tab.path)}>Download</button>
    </section>
  );
}
