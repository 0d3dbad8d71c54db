// The example projects: what each one shows, its flavour and the parts wired to it. Their files live in projects/.
export type ExampleFlavor = "micropython" | "circuitpython";

/** A part the example expects on the board, on the pins its code uses. */
export type ExamplePart =
  | { kind: "led" | "button" | "pot"; pin: number }
  | { kind: "neopixel"; pin: number; count: number }
  | { kind: "ssd1306"; sda: number; scl: number; address: number };

export interface ExampleInfo {
  /** Folder under projects/<flavor>/; also the example's id with the flavour. */
  slug: string;
  flavor: ExampleFlavor;
  title: string;
  summary: string;
  parts: ExamplePart[];
  /** Set when the example needs something a fresh board lacks (shown in the gallery). */
  needs?: string;
}

const LED: ExamplePart = { kind: "led", pin: 15 };
const BUTTON: ExamplePart = { kind: "button", pin: 14 };
const POT: ExamplePart = { kind: "pot", pin: 26 };
const STRIP: ExamplePart = { kind: "neopixel", pin: 16, count: 8 };
const OLED: ExamplePart = { kind: "ssd1306", sda: 4, scl: 5, address: 0x3c };

/** The examples both flavours have, in gallery order; the text says what the code does on either. */
const SHARED: Omit<ExampleInfo, "flavor">[] = [
  { slug: "blink", title: "Blink", summary: "An LED turns on and off every half second.", parts: [LED] },
  { slug: "button-debounce", title: "Button with debounce", summary: "Each press of a button toggles an LED; bounces are filtered out.", parts: [BUTTON, LED] },
  { slug: "pwm-fade", title: "PWM fade", summary: "An LED slowly brightens and dims with PWM.", parts: [LED] },
  { slug: "potentiometer-led", title: "Potentiometer to LED", summary: "A knob sets an LED's brightness through the ADC.", parts: [POT, LED] },
  { slug: "temperature", title: "Internal temperature", summary: "Reads the RP2040's own temperature sensor every two seconds.", parts: [] },
  { slug: "neopixel-rainbow", title: "NeoPixel rainbow", summary: "A rainbow runs along a strip of 8 NeoPixels.", parts: [STRIP] },
  { slug: "oled-hello", title: "OLED hello", summary: "Draws \"hello\" and a smiling face on an SSD1306 OLED at 0x3C.", parts: [OLED] },
  { slug: "pio-blink", title: "PIO blink", summary: "A PIO state machine blinks the on-board LED while the CPU does other work.", parts: [] },
];

const USB_HID: Omit<ExampleInfo, "flavor"> = {
  slug: "usb-hid-macro",
  title: "USB keyboard macro",
  summary: "A button makes the Pico type a line of text as a USB keyboard, with raw HID reports.",
  parts: [BUTTON],
};

const ASYNCIO: Omit<ExampleInfo, "flavor"> = {
  slug: "asyncio-tasks",
  title: "asyncio with two tasks",
  summary: "One task blinks an LED while another counts seconds.",
  parts: [LED],
};

export const EXAMPLES: readonly ExampleInfo[] = [
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
export function exampleProjectName(example: ExampleInfo): string {
  return `${example.title} (${FLAVOR_NAMES[example.flavor]})`;
}

/** "LED on GP15", "SSD1306 OLED at 0x3C on GP4/GP5": how the gallery lists an example's parts. */
export function describePart(part: ExamplePart): string {
  switch (part.kind) {
    case "led":
      return `LED on GP${part.pin}`;
    case "button":
      return `Button on GP${part.pin}`;
    case "pot":
      return `Potentiometer on GP${part.pin}`;
    case "neopixel":
      return `${part.count} NeoPixels on GP${part.pin}`;
    case "ssd1306":
      return `SSD1306 OLED at 0x${part.address.toString(16).toUpperCase()} (SDA GP${part.sda}, SCL GP${part.scl})`;
  }
}
