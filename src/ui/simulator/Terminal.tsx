// The board terminal (xterm.js): shows what the board prints and sends keys as a serial terminal does. One component
// for the simulated Pico and real boards alike: it takes any byte source/sink (a ReplClient via replClientSource).
import { useEffect, useRef } from "react";
import { Terminal as XTerm } from "@xterm/xterm";
import "@xterm/xterm/css/xterm.css";
import type { ReplClient } from "../../device/repl-client";
import { TerminalWriter } from "./terminal-writer";
import { TerminalInput } from "./terminal-input";
import { fitTerminal } from "./terminal-fit";

/** Where the terminal's bytes come from and its keys go. */
export interface TerminalSource {
  onData(listener: (chunk: Uint8Array) => void): () => void;
  send(data: string): void;
}

/** The REPL client's terminal routing (friendly REPL traffic; protocol exchanges never reach the terminal). */
export function replClientSource(client: ReplClient): TerminalSource {
  return {
    onData: (listener) => client.onTerminalData(listener),
    send: (data) => void client.sendTerminal(data).catch(() => undefined),
  };
}

export interface TerminalProps {
  source: TerminalSource | null;
  /** Accessible name of the terminal region and its input. */
  label?: string;
  /** CircuitPython's status from its title ("code.py", "Done", "REPL"), shown above the terminal. */
  status?: string;
  /** Changing this clears the terminal (a fresh board). */
  clearKey?: string | number;
  /** Shown in the terminal when there is no source. */
  placeholder?: string;
}

const SCROLLBACK_LINES = 5000;

export function Terminal({ source, label = "Board terminal", status, clearKey, placeholder }: TerminalProps) {
  const host = useRef<HTMLDivElement>(null);
  const term = useRef<XTerm | null>(null);
  const writer = useRef<TerminalWriter | null>(null);
  const input = useRef(new TerminalInput());

  useEffect(() => mountTerminal(host.current!, label, term, writer), [label]);

  // Reset through xterm's write queue (ESC c): reset() is immediate while writes are queued, so a placeholder
  // written just before a clear used to land after it and show twice.
  useEffect(() => {
    writer.current?.clear();
    term.current?.write("\x1bc");
  }, [clearKey]);

  useEffect(() => {
    if (placeholder) term.current?.write(`\x1b[2m${placeholder}\x1b[0m\r\n`);
  }, [placeholder, label, clearKey]);

  useEffect(() => {
    const t = term.current;
    if (!t || !source) return;
    const off = source.onData((chunk) => {
      input.current.noteOutput(chunk);
      writer.current?.push(chunk);
    });
    const keys = t.onData((data) => source.send(input.current.encode(data)));
    return () => {
      off();
      keys.dispose();
    };
  }, [source, label]);

  return (
    <section className="sim-terminal" aria-label={label}>
      <div className="sim-terminal-bar">
        <span aria-hidden="true">Terminal</span>
        {status ? (
          <span className="sim-terminal-status" role="status" aria-live="polite">
            <span className="sim-terminal-status-label">CircuitPython:</span> {status}
          </span>
        ) : null}
      </div>
      <div className="sim-terminal-host" ref={host} data-testid="board-terminal" />
    </section>
  );
}

/** Creates the xterm instance in `element`; returns the cleanup. */
function mountTerminal(
  element: HTMLDivElement,
  label: string,
  term: { current: XTerm | null },
  writer: { current: TerminalWriter | null },
): () => void {
  const t = new XTerm({
    scrollback: SCROLLBACK_LINES,
    cursorBlink: true,
    fontFamily: "ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
    fontSize: 13,
    theme: { background: "#15181c", foreground: "#e6e6e6", cursor: "#7fd1b9" },
  });
  t.open(element);
  t.textarea?.setAttribute("aria-label", label);
  t.attachCustomKeyEventHandler((e) => handleCopyKeys(t, e));
  term.current = t;
  writer.current = new TerminalWriter({ write: (data, done) => t.write(data, done) });
  const resize = new ResizeObserver(() => fitTerminal(t, element));
  resize.observe(element);
  fitTerminal(t, element);
  return () => {
    resize.disconnect();
    writer.current?.dispose();
    writer.current = null;
    term.current = null;
    t.dispose();
  };
}

/**
 * Ctrl-C interrupts the board, as on any serial terminal; with text selected it copies instead (and Ctrl-Shift-C
 * always copies). Ctrl-Shift-V is left to the browser, which pastes.
 */
function handleCopyKeys(t: XTerm, e: KeyboardEvent): boolean {
  if (e.type !== "keydown" || !(e.ctrlKey || e.metaKey)) return true;
  const key = e.key.toLowerCase();
  if (key === "c" && (e.shiftKey || t.hasSelection())) {
    if (t.hasSelection()) void navigator.clipboard?.writeText(t.getSelection()).catch(() => undefined);
    t.clearSelection();
    e.preventDefault();
    return false;
  }
  if (key === "v" && e.shiftKey) return false;
  return true;
}
