// Picks the view for a wired part by its kind: displays, lights, motion, sound, hand controls and sensors, and a
// generic view (pins and state values) for any other kind. A part is drawn again only when its state, wiring or
// label changes (the panel re-renders at every message from the board, ~30 a second).
import { memo, useCallback, useRef, type ComponentType } from "react";
import { BuzzerView } from "./BuzzerView";
import { EncoderView } from "./EncoderView";
import { GenericPartView } from "./GenericPartView";
import { LcdView } from "./LcdView";
import { LedView } from "./LedView";
import { NeopixelView } from "./NeopixelView";
import { OledView } from "./OledView";
import { numberControlsOf } from "./part-controls";
import { RgbLedView } from "./RgbLedView";
import { SensorView } from "./SensorView";
import { ServoView } from "./ServoView";
import { SwitchView } from "./SwitchView";
import { UartTerminalView } from "./UartTerminalView";
import type { PartViewProps } from "./types";
import "./parts.css";

const VIEWS: Record<string, ComponentType<PartViewProps>> = {
  ssd1306: OledView,
  "ssd1306-spi": OledView,
  sh1106: OledView,
  "neopixel-strip": NeopixelView,
  "neopixel-ring": NeopixelView,
  servo: ServoView,
  buzzer: BuzzerView,
  "rgb-led": RgbLedView,
  led: LedView,
  "lcd-i2c": LcdView,
  "lcd-gpio": LcdView,
  "rotary-encoder": EncoderView,
  "slide-switch": SwitchView,
  "touch-pad": SwitchView,
  button: SwitchView,
  "uart-terminal": UartTerminalView,
};

/** The component that draws a kind: its own, the sensor view for kinds with number controls, else the generic one. */
export function viewFor(kind: string): ComponentType<PartViewProps> {
  return VIEWS[kind] ?? (numberControlsOf(kind).length > 0 ? SensorView : GenericPartView);
}

export function PartView(props: PartViewProps) {
  // The views get one stable onControl and onType that call the latest ones given, so a new closure alone redraws nothing.
  const latest = useRef(props);
  latest.current = props;
  const onControl = useCallback((name: string, value: number | boolean) => latest.current.onControl(name, value), []);
  const onType = useCallback((text: string) => latest.current.onType?.(text) ?? "off", []);
  return <PartFrame {...props} onControl={onControl} onType={onType} />;
}

/** Same part, same state object, same wiring (by value: a detected strip's wiring comes anew with each message). */
export function samePart(a: PartViewProps, b: PartViewProps): boolean {
  return (
    a.id === b.id && a.kind === b.kind && a.label === b.label && a.state === b.state && a.onControl === b.onControl && a.onType === b.onType &&
    (a.config === b.config || JSON.stringify(a.config) === JSON.stringify(b.config))
  );
}

const PartFrame = memo(function PartFrame(props: PartViewProps) {
  const View = viewFor(props.kind);
  return (
    <div className="part-frame" data-part={props.id} data-kind={props.kind}>
      <View {...props} />
    </div>
  );
}, samePart);
