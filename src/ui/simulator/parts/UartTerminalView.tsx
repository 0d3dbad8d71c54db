// A USB-serial adapter on the Pico's UART pins: the text the program sent it (newest at the bottom, kept scrolled
// there), its baud rate, a warning when bytes arrive at another baud rate (framing errors), and a line to type
// into the Pico's RX pin with the line ending a serial monitor adds.
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { TypeResult } from "../../../board/part-controls";
import { stateNumber, type PartViewProps } from "./types";

/** The most characters the view shows (the part keeps more). */
const SHOWN_CHARS = 4000;

/** Control characters other than newline and tab as visible symbols (␀, ␛...), carriage returns dropped. */
export function printableSerial(text: string): string {
  return text
    .slice(-SHOWN_CHARS)
    .replace(/\r\n?/g, "\n")
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => String.fromCharCode(c === "\x7f" ? 0x2421 : 0x2400 + c.charCodeAt(0)));
}

/** What a serial monitor adds after each line sent. */
export const LINE_ENDINGS = [
  { id: "lf", name: "LF (\\n)", text: "\n" },
  { id: "cr", name: "CR (\\r)", text: "\r" },
  { id: "crlf", name: "CR+LF (\\r\\n)", text: "\r\n" },
  { id: "none", name: "No line ending", text: "" },
] as const;
export type LineEnding = (typeof LINE_ENDINGS)[number]["id"];

/** The text to send for a line typed with `ending` after it. */
export function withLineEnding(line: string, ending: LineEnding): string {
  return line + (LINE_ENDINGS.find((e) => e.id === ending)?.text ?? "");
}

/** What to tell the user when typed text was not sent (it stays in the box); undefined once it is on its way. */
export function typeProblem(result: TypeResult): string | undefined {
  if (result === "off") return "The board is not running: run the program, then send again.";
  if (result === "full") return "The board has not read what was typed before (it may be paused or busy): nothing was sent, try again.";
  return undefined;
}

export function UartTerminalView({ state, config, label, onType }: PartViewProps) {
  const received = typeof state?.received === "string" ? state.received : "";
  const baud = stateNumber(state, "baud", Number(config.options?.baud ?? 9600));
  const errors = stateNumber(state, "framingErrors", 0);
  const log = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [received]);
  return (
    <div className="part-view part-uart">
      <pre ref={log} className="part-uart-log" role="log" aria-label={`Received by ${label}`} tabIndex={0}>
        {received === "" ? <span className="part-muted">Nothing received yet</span> : printableSerial(received)}
      </pre>
      <div className="part-caption">
        {baud} baud
        {errors > 0 ? <span className="part-warning"> · {errors} bytes at another baud rate (framing errors)</span> : null}
      </div>
      <SendLine label={label} rxWired={config.pins?.rx !== undefined} onType={onType} />
    </div>
  );
}

/** The line to type: Enter or Send types it with the chosen line ending; a refusal is said and the text kept. */
function SendLine({ label, rxWired, onType }: { label: string; rxWired: boolean; onType: PartViewProps["onType"] }) {
  const [line, setLine] = useState("");
  const [ending, setEnding] = useState<LineEnding>("lf");
  const [problem, setProblem] = useState<string | undefined>();
  const send = (e: FormEvent) => {
    e.preventDefault();
    const text = withLineEnding(line, ending);
    if (text === "") return;
    const refused = typeProblem(onType?.(text) ?? "off");
    setProblem(refused);
    if (!refused) setLine("");
  };
  return (
    <form className="part-uart-send" aria-label={`Send to ${label}`} onSubmit={send}>
      <input
        type="text"
        value={line}
        disabled={!rxWired}
        aria-label={`Text to send to ${label}`}
        placeholder={rxWired ? `Send to ${label}` : "Wire its RX pin to send"}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setLine(e.target.value)}
      />
      <select value={ending} disabled={!rxWired} aria-label={`Line ending for ${label}`} onChange={(e) => setEnding(e.target.value as LineEnding)}>
        {LINE_ENDINGS.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!rxWired} aria-label={`Send to ${label}`}>
        Send
      </button>
      {problem ? (
        <p className="part-warning part-uart-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
