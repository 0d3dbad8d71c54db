// A wired part drawn beside its pin: an LED that glows with its state, a push button to press with the pointer, a
// potentiometer whose knob shows its position, a NeoPixel strip's colours, an OLED's picture, and a labelled box
// for other kinds.
// Pointer-only here: the parts list holds each part's full view and keyboard controls.
import type { PointerEvent } from "react";
import type { ShownPart } from "../../app/simulator/shown-parts";
import { shortName } from "../../app/simulator/wiring";
import { OledGlyph } from "./OledGlyph";

export interface PartGlyphProps {
  part: ShownPart;
  x: number;
  y: number;
  /** Where the wire meets the board (the pin's pad). */
  padX: number;
  onPress(pressed: boolean): void;
}

const num = (v: unknown, fallback = 0) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

export function PartGlyph(props: PartGlyphProps) {
  const { part, x, y, padX } = props;
  return (
    <g className={`sim-part sim-part-${part.kind}`} data-part={part.id} data-kind={part.kind} aria-hidden="true">
      <title>{part.label}</title>
      <line className="sim-wire" x1={x} y1={y} x2={padX} y2={y} />
      <GlyphBody {...props} />
    </g>
  );
}

function GlyphBody(props: PartGlyphProps) {
  switch (props.part.kind) {
    case "led":
      return <LedGlyph {...props} />;
    case "button":
      return <ButtonGlyph {...props} />;
    case "potentiometer":
      return <PotGlyph {...props} />;
    case "neopixel-strip":
    case "neopixel-ring":
      return <PixelsGlyph {...props} />;
    case "ssd1306":
    case "ssd1306-spi":
    case "sh1106":
      return <OledGlyph part={props.part} x={props.x + 13} y={props.y} />;
    default:
      return <BoxGlyph {...props} />;
  }
}

function LedGlyph({ part, x, y }: PartGlyphProps) {
  const brightness = num(part.state?.brightness);
  const on = part.state?.on === true;
  return (
    <g data-lit={on ? "true" : "false"} data-brightness={brightness.toFixed(2)}>
      {on ? <circle cx={x} cy={y} r={14} className="sim-led-halo" style={{ opacity: 0.25 + 0.55 * brightness }} /> : null}
      <circle cx={x} cy={y} r={8} className="sim-led-body" style={{ fillOpacity: 0.3 + 0.7 * brightness }} />
      <circle cx={x - 2.5} cy={y - 2.5} r={2} className="sim-led-shine" />
    </g>
  );
}

function ButtonGlyph({ part, x, y, onPress }: PartGlyphProps) {
  const pressed = part.state?.pressed === true;
  const down = (e: PointerEvent<SVGGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    onPress(true);
  };
  const up = () => onPress(false);
  return (
    <g className="sim-button-glyph" data-pressed={pressed ? "true" : "false"} onPointerDown={down} onPointerUp={up} onPointerCancel={up}>
      <rect x={x - 10} y={y - 10} width={20} height={20} rx={3} className="sim-button-base" />
      <circle cx={x} cy={y} r={pressed ? 5.5 : 6.5} className="sim-button-cap" />
    </g>
  );
}

function PotGlyph({ part, x, y }: PartGlyphProps) {
  const knob = Math.max(0, Math.min(1, num(part.state?.position, num(part.config.options?.position, 0.5))));
  // The knob turns through 270°, from GND at lower left to 3V3 at lower right.
  const angle = ((-225 + 270 * knob) * Math.PI) / 180;
  return (
    <g data-position={knob.toFixed(2)}>
      <circle cx={x} cy={y} r={10} className="sim-pot-body" />
      <line x1={x} y1={y} x2={x + 8 * Math.cos(angle)} y2={y + 8 * Math.sin(angle)} className="sim-pot-pointer" />
    </g>
  );
}

const hex = (c: readonly number[]) => "#" + c.slice(0, 3).map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, "0")).join("");
/** What the eye sees of a dim pixel: the colour lifted by 1/2.2, so a program's low brightness still shows. */
const seen = (c: readonly number[]) => hex(c.slice(0, 3).map((v) => 255 * Math.pow(Math.max(0, Math.min(255, v)) / 255, 1 / 2.2)));
/** Pixels drawn on the board (the parts list shows the whole strip). */
const GLYPH_PIXELS = 16;

function PixelsGlyph({ part, x, y }: PartGlyphProps) {
  const colors = Array.isArray(part.state?.colors) ? (part.state.colors as number[][]) : [];
  const shown = colors.slice(0, GLYPH_PIXELS);
  const columns = 2;
  const rows = Math.max(1, Math.ceil(shown.length / columns));
  const top = y - (rows * 11) / 2;
  return (
    <g className="sim-pixels" data-colors={colors.map(hex).join(" ")}>
      <rect x={x - 12} y={top - 1.5} width={24} height={rows * 11 + 3} rx={2} className="sim-pixels-base" />
      {shown.map((c, i) => (
        <circle key={i} cx={x - 5.5 + (i % columns) * 11} cy={top + 5.5 + Math.floor(i / columns) * 11} r={4.6} data-color={hex(c)} style={{ fill: seen(c) }} className="sim-pixel" />
      ))}
    </g>
  );
}

function BoxGlyph({ part, x, y }: PartGlyphProps) {
  const name = shortName(part.kind).split(" ")[0];
  return (
    <g className="sim-box-glyph">
      <rect x={x - 13} y={y - 8} width={26} height={16} rx={2} className="sim-box-base" />
      <text x={x} y={y + 3} textAnchor="middle" className="sim-box-text">
        {name.length > 7 ? name.slice(0, 6) + "…" : name}
      </text>
    </g>
  );
}
