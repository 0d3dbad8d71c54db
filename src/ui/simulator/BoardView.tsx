// The simulated Pico drawn as SVG: its 40-pin header with each used pin's state, the on-board LED, BOOTSEL, and the
// parts wired to its pins. A project targeting another RP2040 board keeps the Pico's outline, titled with that
// board's name, its pads labelled with the board's pin names by GPIO. Reads the simulator slice; changes go through
// its actions.
import type { KeyboardEvent } from "react";
import { pinBrightness, pinState, type PinState } from "../../board/pin-bridge";
import { pressBootsel, pressButton } from "../../app/simulator/part-actions";
import { useSimulator } from "../../app/simulator/simulator-state";
import { useShownParts, type ShownPart } from "../../app/simulator/shown-parts";
import { HEADER, LED_GPIO, headerPinOf, type HeaderPin } from "./pico-pinout";
import { BOARD, BOOTSEL_BOX, CHIP_BOX, LED_BOX, USB_BOX, labelPosition, padPosition, partPosition, viewBox } from "./board-geometry";
import { PartGlyph } from "./PartGlyph";
import { shownBoard } from "../../app/simulator/wiring-board";
import { DEFAULT_BOARD_ID, boardPinGpio, type BoardDefinition } from "../../interpreter/hardware/boards/index";

/** The label of a GPIO's pad on the target board: GPn where it has that name, else its shortest name (null: none). */
export function padLabel(board: BoardDefinition, gpio: number): string | null {
  if (board.id === DEFAULT_BOARD_ID || board.pins.some(([n]) => n === `GP${gpio}`)) return `GP${gpio}`;
  const names = board.pins.filter(([, n]) => n === gpio).map(([name]) => name);
  return names.length === 0 ? null : names.reduce((a, b) => (b.length < a.length ? b : a));
}

/** A pin's state as the view shows it (also its `data-state`, which the end-to-end tests read). */
export function pinLook(state: PinState | undefined): "unused" | "high" | "low" | "input-high" | "input-low" | "pwm" | "other" {
  if (!state || state.fn === "unused") return "unused";
  if (state.fn === "pwm") return "pwm";
  if (state.fn === "other") return "other";
  if (state.output) return state.level ? "high" : "low";
  return state.level ? "input-high" : "input-low";
}

export function describePin(name: string, state: PinState | undefined): string {
  const look = pinLook(state);
  if (!state || look === "unused") return `${name}: not used`;
  if (look === "pwm") return `${name}: PWM, ${Math.round(state.duty * 100)}% duty`;
  if (look === "other") return `${name}: peripheral function`;
  const pull = state.pull === "none" ? "" : `, pull-${state.pull}`;
  const by = state.fn === "pio" ? "PIO " : "";
  return `${name}: ${by}${state.output ? "output" : "input"}, ${state.level ? "high" : "low"}${pull}`;
}

export function BoardView() {
  const pins = useSimulator((s) => s.pins);
  const parts = useShownParts().filter((p) => p.pin !== undefined && headerPinOf(p.pin) !== undefined);
  const bootsel = useSimulator((s) => s.bootsel);
  const board = shownBoard(useSimulator((s) => s.wiring.board));
  const stateOf = (gpio: number) => (pins ? pinState(pins, gpio) : undefined);
  // The board's own LED pin (the Pico's GP25; a QT Py has none, so its LED never lights).
  const ledGpio = board.id === DEFAULT_BOARD_ID ? LED_GPIO : boardPinGpio(board, "LED");
  const led = ledGpio === undefined ? undefined : stateOf(ledGpio);
  const ledLevel = led ? pinBrightness(led) : 0;
  const drawnAs = board.id === DEFAULT_BOARD_ID ? "" : " (drawn as a Raspberry Pi Pico)";
  return (
    <svg className="sim-board" viewBox={viewBox(deepest(parts, "left"), deepest(parts, "right"))} role="group" aria-label={`Simulated ${board.name}`}>
      <title>{`${board.name}${drawnAs}`}</title>
      <BoardBody name={board.name} />
      <OnboardLed brightness={ledLevel} gpio={ledGpio} />
      <Bootsel pressed={bootsel} />
      {parts.map((part, i) => (
        <PlacedPart key={part.id} part={part} slot={slotOf(parts, i)} />
      ))}
      {HEADER.map((pin) => (
        <HeaderPad key={pin.number} pin={pin} label={pin.gpio === undefined ? pin.name : padLabel(board, pin.gpio)} state={pin.gpio === undefined ? undefined : stateOf(pin.gpio)} />
      ))}
    </svg>
  );
}

function BoardBody({ name }: { name: string }) {
  return (
    <g aria-hidden="true">
      <rect className="sim-pcb" x={BOARD.x} y={BOARD.y} width={BOARD.width} height={BOARD.height} rx={6} />
      <rect className="sim-usb" {...USB_BOX} rx={3} />
      <rect className="sim-chip" {...CHIP_BOX} rx={3} />
      <text className="sim-chip-text" x={CHIP_BOX.x + CHIP_BOX.width / 2} y={CHIP_BOX.y + CHIP_BOX.height / 2 + 4} textAnchor="middle">
        RP2040
      </text>
      <rect className="sim-flash" x={BOARD.x + 58} y={BOARD.y + 130} width={44} height={26} rx={2} />
      <text className="sim-silk" x={BOARD.x + BOARD.width / 2} y={BOARD.y + BOARD.height - 34} textAnchor="middle">
        {name}
      </text>
      <text className="sim-silk" x={LED_BOX.x + LED_BOX.width / 2} y={LED_BOX.y + 18} textAnchor="middle">
        LED
      </text>
      {["SWCLK", "GND", "SWDIO"].map((name, i) => (
        <circle key={name} className="sim-debug-pad" cx={BOARD.x + 60 + i * 20} cy={BOARD.y + BOARD.height - 12} r={4} />
      ))}
    </g>
  );
}

function OnboardLed({ brightness, gpio }: { brightness: number; gpio: number | undefined }) {
  const on = brightness > 0.02;
  return (
    <g data-testid="board-led" data-on={on ? "true" : "false"} data-brightness={brightness.toFixed(2)}>
      <title>{gpio === undefined ? "This board has no on-board LED" : `On-board LED (GP${gpio}): ${on ? "on" : "off"}`}</title>
      {on ? <circle className="sim-onboard-glow" cx={LED_BOX.x + LED_BOX.width / 2} cy={LED_BOX.y + LED_BOX.height / 2} r={13} style={{ opacity: 0.3 + 0.6 * brightness }} /> : null}
      <rect className={on ? "sim-onboard-led on" : "sim-onboard-led"} {...LED_BOX} rx={1} style={on ? { fillOpacity: 0.35 + 0.65 * brightness } : undefined} />
    </g>
  );
}

function Bootsel({ pressed }: { pressed: boolean }) {
  const key = (e: KeyboardEvent<SVGGElement>, down: boolean) => {
    if (e.key !== " " && e.key !== "Enter") return;
    e.preventDefault();
    if (!e.repeat) pressBootsel(down);
  };
  return (
    <g
      className="sim-bootsel"
      role="button"
      tabIndex={0}
      aria-label="BOOTSEL button"
      aria-pressed={pressed}
      onPointerDown={(e) => (e.currentTarget.setPointerCapture(e.pointerId), pressBootsel(true))}
      onPointerUp={() => pressBootsel(false)}
      onPointerCancel={() => pressBootsel(false)}
      onKeyDown={(e) => key(e, true)}
      onKeyUp={(e) => key(e, false)}
      onBlur={() => pressed && pressBootsel(false)}
    >
      <rect className="sim-bootsel-base" {...BOOTSEL_BOX} rx={3} />
      <circle className="sim-bootsel-cap" cx={BOOTSEL_BOX.x + BOOTSEL_BOX.width / 2} cy={BOOTSEL_BOX.y + BOOTSEL_BOX.height / 2} r={pressed ? 6 : 7.5} />
      <text className="sim-silk" x={BOOTSEL_BOX.x + BOOTSEL_BOX.width / 2} y={BOOTSEL_BOX.y + BOOTSEL_BOX.height + 10} textAnchor="middle">
        BOOTSEL
      </text>
    </g>
  );
}

/** A header pad; `label` is the target board's name for its GPIO (null: the board has none, GPn shown dimmed). */
function HeaderPad({ pin, label: name, state }: { pin: HeaderPin; label: string | null; state: PinState | undefined }) {
  const pad = padPosition(pin);
  const label = labelPosition(pin);
  const look = pin.kind === "gpio" ? pinLook(state) : pin.kind;
  const shown = name ?? pin.name;
  const described = shown === pin.name ? pin.name : `${shown} (${pin.name})`;
  const description = pin.gpio === undefined ? `${pin.name} (pin ${pin.number})` : `${describePin(described, state)} (pin ${pin.number})`;
  const opacity = look === "pwm" && state ? 0.2 + 0.8 * state.duty : undefined;
  return (
    <g className={`sim-pin sim-pin-${look}`} data-pin={pin.name} data-state={look} data-duty={state?.fn === "pwm" ? state.duty.toFixed(2) : undefined}>
      <title>{description}</title>
      <circle className="sim-pad" cx={pad.x} cy={pad.y} r={5.5} style={opacity === undefined ? undefined : { fillOpacity: opacity }} />
      <circle className="sim-pad-hole" cx={pad.x} cy={pad.y} r={2.2} />
      <text className={`sim-pin-label sim-pin-label-${pin.kind}${name === null ? " sim-pin-label-unnamed" : ""}`} x={label.x} y={label.y + 3.5} textAnchor={label.anchor}>
        {shown}
      </text>
    </g>
  );
}

interface PlacedPartProps {
  part: ShownPart;
  slot: number;
}

function PlacedPart({ part, slot }: PlacedPartProps) {
  const header = headerPinOf(part.pin!);
  if (!header) return null;
  const at = partPosition(header, Math.min(slot, 2));
  return <PartGlyph part={part} x={at.x} y={at.y} padX={padPosition(header).x} onPress={(down) => pressButton(part.id, down)} />;
}

/** The outermost part slot used on a side of the board (-1: no parts there). */
function deepest(parts: ShownPart[], side: "left" | "right"): number {
  let deepestSlot = -1;
  parts.forEach((part, i) => {
    if (headerPinOf(part.pin!)?.side === side) deepestSlot = Math.max(deepestSlot, Math.min(slotOf(parts, i), 2));
  });
  return deepestSlot;
}

/** How many parts before this one share its pin (they stack outward). */
function slotOf(parts: ShownPart[], index: number): number {
  return parts.slice(0, index).filter((p) => p.pin === parts[index].pin).length;
}
