// The example projects: what each one shows and its flavour. Their files (wiring.json included) live in projects/.
import type { PartConfig } from "../simulator/parts/part";

export type ExampleFlavor = "micropython" | "circuitpython";

/** What the catalog says about an example; its parts come from the example's own wiring.json (see index.ts). */
export interface ExampleEntry {
  /** Folder under projects/<flavor>/; also the example's id with the flavour. */
  slug: string;
  flavor: ExampleFlavor;
  title: string;
  summary: string;
}

/** An example as the gallery shows it: the catalog's entry and the parts its wiring.json wires to the board. */
export interface ExampleInfo extends ExampleEntry {
  parts: PartConfig[];
}

/** The examples both flavours have, in gallery order; the text says what the code does on either. */
const SHARED: Omit<ExampleEntry, "flavor">[] = [
  { slug: "blink", title: "Blink", summary: "An LED turns on and off every half second." },
  { slug: "button-debounce", title: "Button with debounce", summary: "Each press of a button toggles an LED; bounces are filtered out." },
  { slug: "pwm-fade", title: "PWM fade", summary: "An LED slowly brightens and dims with PWM." },
  { slug: "potentiometer-led", title: "Potentiometer to LED", summary: "A knob sets an LED's brightness through the ADC." },
  { slug: "temperature", title: "Internal temperature", summary: "Reads the RP2040's own temperature sensor every two seconds." },
  { slug: "neopixel-rainbow", title: "NeoPixel rainbow", summary: "A rainbow runs along a strip of 8 NeoPixels." },
  { slug: "oled-hello", title: "OLED hello", summary: "Draws \"hello\" and a smiling face on an SSD1306 OLED at 0x3C." },
  { slug: "pio-blink", title: "PIO blink", summary: "A PIO state machine blinks the on-board LED while the CPU does other work." },
];

const USB_HID: Omit<ExampleEntry, "flavor"> = {
  slug: "usb-hid-macro",
  title: "USB keyboard macro",
  summary: "A button makes the Pico type a line of text as a USB keyboard, with raw HID reports.",
};

const ASYNCIO: Omit<ExampleEntry, "flavor"> = {
  slug: "asyncio-tasks",
  title: "asyncio with two tasks",
  summary: "One task blinks an LED while another counts seconds.",
};

export const EXAMPLE_ENTRIES: readonly ExampleEntry[] = [
  ...SHARED.map((e) => ({ ...e, flavor: "micropython" as const })),
  { ...ASYNCIO, flavor: "micropython" },
  ...SHARED.map((e) => ({ ...e, flavor: "circuitpython" as const })),
  { ...USB_HID, flavor: "circuitpython" },
  { ...ASYNCIO, flavor: "circuitpython" },
];

export const FLAVOR_NAMES: Record<ExampleFlavor, string> = { micropython: "MicroPython", circuitpython: "CircuitPython" };

/** "micropython/blink": unique across flavours. */
export function exampleId(example: Pick<ExampleInfo, "flavor" | "slug">): string {
  return `${example.flavor}/${example.slug}`;
}

/** The project name an opened example gets ("Blink (MicroPython)"); the store adds " 2" if it is taken. */
export function exampleProjectName(example: ExampleEntry): string {
  return `${example.title} (${FLAVOR_NAMES[example.flavor]})`;
}

/** "LED on GP15", "SSD1306 OLED at 0x3C (SDA GP4, SCL GP5)": how the gallery lists a part of an example's wiring. */
export function describePart(part: PartConfig): string {
  const pins = part.pins ?? {};
  const on = (role: string) => `GP${pins[role]}`;
  switch (part.kind) {
    case "led":
      return `LED on ${on("anode")}`;
    case "button":
      return `Button on ${on("signal")}`;
    case "potentiometer":
      return `Potentiometer on ${on("wiper")}`;
    case "neopixel-strip":
    case "neopixel-ring":
      return `${part.kind === "neopixel-ring" ? "Ring" : "Strip"} of ${part.options?.count ?? "?"} NeoPixels on ${on("data")}`;
    case "ssd1306":
      return `SSD1306 OLED at 0x${(part.address ?? 0x3c).toString(16).toUpperCase()} (SDA ${on("sda")}, SCL ${on("scl")})`;
    default:
      return `${part.kind} on ${Object.entries(pins).map(([role, pin]) => `${role} GP${pin}`).join(", ")}`;
  }
}
