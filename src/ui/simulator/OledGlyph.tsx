// An OLED drawn beside its pins on the board, showing what its panel shows (half size), so the picture is in view
// without scrolling to the part's own view in the parts list.
import { useEffect, useMemo, useRef } from "react";
import type { ShownPart } from "../../app/simulator/shown-parts";
import { countLit, decodeOledRows, paintOled, panelColors } from "./parts/oled-pixels";

const num = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

/** `x`, `y`: where the wire ends; the panel sits to its left. */
export function OledGlyph({ part, x, y }: { part: ShownPart; x: number; y: number }) {
  const state = part.state;
  const width = num(state?.width, 128);
  const height = num(state?.height, 64);
  const on = state?.on === true;
  const contrast = num(state?.contrast, 0x7f);
  const color = part.config.options?.color;
  const frameKey = state?.frame ?? state?.rows;
  const pixels = useMemo(() => decodeOledRows(state?.rows, width, height), [frameKey, width, height]);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    const image = context.createImageData(width, height);
    if (on) paintOled(pixels, width, image.data, panelColors(color), contrast);
    context.putImageData(image, 0, 0);
  }, [pixels, on, color, contrast, width, height]);
  const w = width / 2;
  const h = height / 2;
  return (
    <g className="sim-oled-glyph">
      <rect x={x - w - 4} y={y - h / 2 - 3} width={w + 6} height={h + 6} rx={2} className="sim-box-base" />
      <foreignObject x={x - w - 1} y={y - h / 2} width={w} height={h}>
        <canvas ref={canvas} width={width} height={height} className="sim-oled-canvas" data-lit-pixels={on ? countLit(pixels) : 0} />
      </foreignObject>
    </g>
  );
}
