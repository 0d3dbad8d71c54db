// A wired part drawn beside its pin: an LED that glows with the pin, a push button to press with the pointer, a
// potentiometer whose knob shows its position. Pointer-only here: the parts list holds the keyboard controls.
import type { PointerEvent } from "react";
import type { Part } from "../../app/simulator/wiring";

export interface PartGlyphProps {
  part: Part;
  x: number;
  y: number;
  /** Where the wire meets the board (the pin's pad). */
  padX: number;
  brightness: number;
  pressed: boolean;
  knob: number;
  onPress(pressed: boolean): void;
}

export function PartGlyph(props: PartGlyphProps) {
  const { part, x, y, padX } = props;
  return (
    <g className={`sim-part sim-part-${part.kind}`} data-part={part.id} aria-hidden="true">
      <line className="sim-wire" x1={x} y1={y} x2={padX} y2={y} />
      {part.kind === "led" ? <LedGlyph {...props} /> : part.kind === "button" ? <ButtonGlyph {...props} /> : <PotGlyph {...props} />}
    </g>
  );
}

function LedGlyph({ x, y, brightness }: PartGlyphProps) {
  const on = brightness > 0.02;
  return (
    <g data-lit={on ? "true" : "false"} data-brightness={brightness.toFixed(2)}>
      {on ? <circle cx={x} cy={y} r={14} className="sim-led-halo" style={{ opacity: 0.25 + 0.55 * brightness }} /> : null}
      <circle cx={x} cy={y} r={8} className="sim-led-body" style={{ fillOpacity: 0.3 + 0.7 * brightness }} />
      <circle cx={x - 2.5} cy={y - 2.5} r={2} className="sim-led-shine" />
    </g>
  );
}

function ButtonGlyph({ x, y, pressed, onPress }: PartGlyphProps) {
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

function PotGlyph({ x, y, knob }: PartGlyphProps) {
  // The knob turns through 270°, from GND at lower left to 3V3 at lower right.
  const angle = ((-225 + 270 * knob) * Math.PI) / 180;
  return (
    <g data-position={knob.toFixed(2)}>
      <circle cx={x} cy={y} r={10} className="sim-pot-body" />
      <line x1={x} y1={y} x2={x + 8 * Math.cos(angle)} y2={y + 8 * Math.sin(angle)} className="sim-pot-pointer" />
    </g>
  );
}
