// The Raspberry Pi Pico's 40-pin header as printed on the board: pin 1 (GP0) at the USB end on the left,
// pin 40 (VBUS) opposite it on the right.

export type PinKind = "gpio" | "gnd" | "power" | "control";

export interface HeaderPin {
  /** Physical pin number, 1..40. */
  number: number;
  name: string;
  gpio?: number;
  kind: PinKind;
  side: "left" | "right";
  /** 0 at the USB end. */
  row: number;
}

const LEFT = ["GP0", "GP1", "GND", "GP2", "GP3", "GP4", "GP5", "GND", "GP6", "GP7", "GP8", "GP9", "GND", "GP10", "GP11", "GP12", "GP13", "GND", "GP14", "GP15"];
const RIGHT = ["VBUS", "VSYS", "GND", "3V3_EN", "3V3", "ADC_VREF", "GP28", "GND", "GP27", "GP26", "RUN", "GP22", "GND", "GP21", "GP20", "GP19", "GP18", "GND", "GP17", "GP16"];

function kindOf(name: string): PinKind {
  if (name.startsWith("GP")) return "gpio";
  if (name === "GND") return "gnd";
  if (name === "RUN" || name === "3V3_EN") return "control";
  return "power";
}

function pin(name: string, side: "left" | "right", row: number): HeaderPin {
  const number = side === "left" ? row + 1 : 40 - row;
  const gpio = name.startsWith("GP") ? Number(name.slice(2)) : undefined;
  return { number, name, gpio, kind: kindOf(name), side, row };
}

export const HEADER: HeaderPin[] = [...LEFT.map((n, i) => pin(n, "left", i)), ...RIGHT.map((n, i) => pin(n, "right", i))];

export function headerPinOf(gpio: number): HeaderPin | undefined {
  return HEADER.find((p) => p.gpio === gpio);
}

/** The GPIO driving the on-board LED. */
export const LED_GPIO = 25;
