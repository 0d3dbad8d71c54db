// The computer at the other end of the Pico's USB port: it records the HID reports (keyboard, mouse, consumer
// control) and MIDI messages a program sends, decoded for a panel, and queues MIDI bytes to send to the program.
import { describeKey, typedChar } from "./usb-keys";

export type UsbEvent =
  | { kind: "key"; atUs: number; action: "down" | "up"; code: number; name: string; modifiers: number }
  | { kind: "mouse"; atUs: number; buttons: number; dx: number; dy: number; wheel: number }
  | { kind: "consumer"; atUs: number; code: number }
  | { kind: "hid"; atUs: number; device: string; reportId: number; bytes: number[] }
  | { kind: "midi"; atUs: number; message: MidiMessage };

export interface MidiMessage {
  type: string;
  channel?: number;
  data: number[];
}

/** How many events the log keeps (older ones are dropped). */
const LOG_LIMIT = 512;

const MIDI_TYPES: Record<number, string> = {
  0x80: "note_off", 0x90: "note_on", 0xa0: "poly_pressure", 0xb0: "control_change",
  0xc0: "program_change", 0xd0: "channel_pressure", 0xe0: "pitch_bend",
};

/** Data bytes after each status (0xF0 SysEx runs to 0xF7). */
function midiDataLength(status: number): number {
  const high = status & 0xf0;
  if (high === 0xc0 || high === 0xd0) return 1;
  if (high < 0xf0) return 2;
  return ({ 0xf1: 1, 0xf2: 2, 0xf3: 1 } as Record<number, number>)[status] ?? 0;
}

export class UsbHostPort {
  readonly events: UsbEvent[] = [];
  private keysDown: number[] = [];
  private midiIn: number[] = [];
  private cdcIn: number[] = [];
  /** What the program sent on usb_cdc.data (latin-1), newest 16 KiB. */
  cdcReceived = "";
  private midiStatus = 0;
  private midiData: number[] = [];
  private listeners = new Set<(e: UsbEvent) => void>();

  constructor(private readonly nowUs: () => number) {}

  onEvent(listener: (e: UsbEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  hidReport(device: string, reportId: number, report: Uint8Array): void {
    if (device === "keyboard" && report.length >= 8) this.keyboardReport(report);
    else if (device === "mouse" && report.length >= 3) this.mouseReport(report);
    else if (device === "consumer_control" && report.length >= 2) {
      this.push({ kind: "consumer", atUs: this.nowUs(), code: report[0] | (report[1] << 8) });
    } else this.push({ kind: "hid", atUs: this.nowUs(), device, reportId, bytes: [...report] });
  }

  midiOut(bytes: Uint8Array): void {
    for (const b of bytes) this.midiByte(b);
  }

  /** Bytes for the program's usb_midi in port (the panel's keyboard, a test). */
  sendMidi(bytes: number[]): void {
    this.midiIn.push(...bytes.map((b) => b & 0xff));
  }

  takeMidiIn(max: number): Uint8Array {
    return Uint8Array.from(this.midiIn.splice(0, Math.max(0, max)));
  }

  cdcDataOut(bytes: Uint8Array): void {
    this.cdcReceived = (this.cdcReceived + String.fromCharCode(...bytes)).slice(-16_384);
  }

  /** Bytes the computer sends to the program's usb_cdc.data port. */
  sendCdcData(bytes: number[]): void {
    this.cdcIn.push(...bytes.map((b) => b & 0xff));
  }

  takeCdcDataIn(max: number): Uint8Array {
    return Uint8Array.from(this.cdcIn.splice(0, Math.max(0, max)));
  }

  /** The text typed so far (key presses on a US layout, as a panel would show them). */
  typedText(): string {
    let text = "";
    for (const e of this.events) {
      // Left or right Shift in the modifier byte.
      if (e.kind === "key" && e.action === "down") text += typedChar(e.name, (e.modifiers & 0x22) !== 0);
    }
    return text;
  }

  private keyboardReport(report: Uint8Array): void {
    const modifiers = report[0];
    const now = [...report.subarray(2, 8)].filter((k) => k !== 0);
    const atUs = this.nowUs();
    for (const code of this.keysDown) {
      if (!now.includes(code)) this.push({ kind: "key", atUs, action: "up", code, name: describeKey(code), modifiers });
    }
    for (const code of now) {
      if (!this.keysDown.includes(code)) this.push({ kind: "key", atUs, action: "down", code, name: describeKey(code), modifiers });
    }
    this.keysDown = now;
  }

  private mouseReport(report: Uint8Array): void {
    const signed = (b: number | undefined) => ((b ?? 0) << 24) >> 24;
    this.push({ kind: "mouse", atUs: this.nowUs(), buttons: report[0], dx: signed(report[1]), dy: signed(report[2]), wheel: signed(report[3]) });
  }

  /** A MIDI byte stream parser with running status. */
  private midiByte(b: number): void {
    if (b >= 0xf8) return this.midiMessage(b, []); // real-time bytes may arrive anywhere
    if (b & 0x80) {
      this.midiStatus = b;
      this.midiData = [];
      if (midiDataLength(b) === 0 && b !== 0xf0) this.midiMessage(b, []);
      return;
    }
    if (this.midiStatus === 0) return;
    this.midiData.push(b);
    if (this.midiStatus !== 0xf0 && this.midiData.length === midiDataLength(this.midiStatus)) {
      this.midiMessage(this.midiStatus, this.midiData);
      this.midiData = [];
    }
  }

  private midiMessage(status: number, data: number[]): void {
    const message: MidiMessage = status < 0xf0
      ? { type: MIDI_TYPES[status & 0xf0], channel: status & 0x0f, data: [...data] }
      : { type: `system_0x${status.toString(16)}`, data: [...data] };
    this.push({ kind: "midi", atUs: this.nowUs(), message });
  }

  private push(e: UsbEvent): void {
    this.events.push(e);
    if (this.events.length > LOG_LIMIT) this.events.splice(0, this.events.length - LOG_LIMIT);
    for (const l of this.listeners) l(e);
  }
}
