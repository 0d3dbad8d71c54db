// The USB panel: what the program sent the computer as a keyboard (the text typed, the key presses), a mouse
// (where the pointer went, the moves and clicks), media keys and MIDI, newest first.
import { formatUsbTime, readUsb, type UsbLine } from "./usb-lines";

export function UsbActivityView({ usb }: { usb: unknown }) {
  const panel = readUsb(usb);
  const nothing = panel.typedText === "" && panel.keys.length === 0 && panel.mouse.length === 0 && panel.consumer.length === 0 && panel.midi.length === 0;
  return (
    <section className="part-usb" aria-label="USB activity">
      <h3 className="part-usb-title">USB: what the program sent the computer</h3>
      {nothing ? <p className="part-muted">Nothing sent over USB yet (usb_hid keyboard, mouse or media keys; usb_midi).</p> : null}
      {panel.typedText !== "" || panel.keys.length > 0 ? (
        <div className="part-usb-section">
          <h4>Keyboard</h4>
          <pre className="part-usb-typed" role="log" aria-label="Text typed over USB" tabIndex={0}>
            {panel.typedText}
          </pre>
          <UsbList name="Keys pressed over USB" lines={panel.keys} />
        </div>
      ) : null}
      {panel.mouse.length > 0 ? (
        <div className="part-usb-section">
          <h4>Mouse</h4>
          {panel.pointer ? (
            <div className="part-caption" data-testid="usb-pointer">
              Moved x {panel.pointer.x}, y {panel.pointer.y} in all
            </div>
          ) : null}
          <UsbList name="Mouse reports over USB" lines={panel.mouse} />
        </div>
      ) : null}
      {panel.consumer.length > 0 ? (
        <div className="part-usb-section">
          <h4>Media keys</h4>
          <UsbList name="Media keys over USB" lines={panel.consumer} />
        </div>
      ) : null}
      {panel.midi.length > 0 ? (
        <div className="part-usb-section">
          <h4>MIDI</h4>
          <UsbList name="MIDI messages over USB" lines={panel.midi} />
        </div>
      ) : null}
    </section>
  );
}

function UsbList({ name, lines }: { name: string; lines: UsbLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ol className="part-usb-list" aria-label={name}>
      {lines.map((line, i) => (
        <li key={`${line.atUs}-${i}`}>
          <span className="part-usb-text">{line.text}</span>
          <span className="part-usb-time">{formatUsbTime(line.atUs)}</span>
        </li>
      ))}
    </ol>
  );
}
