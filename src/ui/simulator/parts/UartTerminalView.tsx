// A USB-serial adapter on the Pico's UART pins: the text the program sent it (newest at the bottom, kept scrolled
// there), its baud rate, and a warning when bytes arrive at another baud rate (framing errors).
import { useEffect, useRef } from "react";
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

export function UartTerminalView({ state, config, label }: PartViewProps) {
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
    </div>
  );
}
