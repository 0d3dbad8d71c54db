// An SSD1306/SH1106 OLED panel: a canvas of the display's pixels at twice their size, lit in the panel's colour.
// The pixels are decoded and painted again only when the display's frame counter changes.
import { useEffect, useMemo, useRef } from "react";
import { countLit, decodeOledRows, paintOled, panelColors } from "./oled-pixels";
import { stateFlag, stateNumber, type PartViewProps } from "./types";

export function OledView({ state, config, label }: PartViewProps) {
  const width = stateNumber(state, "width", 128);
  const height = stateNumber(state, "height", optionNumber64(config));
  const on = stateFlag(state, "on");
  const contrast = stateNumber(state, "contrast", 0x7f);
  const colorOption = config.options?.color;
  // The frame counter changes with every command or data byte; the rows array only when the worker resent them.
  const frameKey = state?.frame ?? state?.rows;
  const pixels = useMemo(() => decodeOledRows(state?.rows, width, height), [frameKey, width, height]);
  const lit = useMemo(() => countLit(pixels), [pixels]);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    const image = context.createImageData(width, height);
    paintOled(pixels, width, image.data, panelColors(colorOption), contrast);
    context.putImageData(image, 0, 0);
  }, [pixels, colorOption, contrast, width, height]);

  const status = state === undefined ? "no picture yet" : !on ? "display off" : `${lit} pixels lit`;
  return (
    <div className="part-view part-oled" data-on={on ? "true" : "false"} data-inverted={stateFlag(state, "inverted") ? "true" : "false"}>
      <div className="part-oled-bezel">
        <canvas
          ref={canvas}
          className="part-oled-canvas"
          width={width}
          height={height}
          // Twice the panel's size, shrinking with its aspect kept when the column is narrower.
          style={{ width: width * 2, aspectRatio: `${width} / ${height}` }}
          role="img"
          aria-label={`${label}: ${status}`}
          data-lit-pixels={lit}
          data-frame={typeof state?.frame === "number" ? state.frame : undefined}
        />
      </div>
      <div className="part-caption">
        {width}×{height} · {status}
        {stateFlag(state, "inverted") ? " · inverted" : ""}
      </div>
    </div>
  );
}

/** A 128×32 module says so in its options before its first state arrives. */
function optionNumber64(config: PartViewProps["config"]): number {
  return config.options?.height === 32 || config.options?.height === "32" ? 32 : 64;
}
