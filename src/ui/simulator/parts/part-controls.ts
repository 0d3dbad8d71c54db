// The user controls of each part kind (sensor readings, switch positions), taken from the part models themselves
// so the views label their sliders with the same names, ranges and units. Data only: no part classes are pulled in.
import type { Control } from "../../../simulator/parts/part";
import { BME280_CONTROLS } from "../../../simulator/parts/bme280";
import { MCP9808_CONTROLS } from "../../../simulator/parts/mcp9808";
import { dhtControls } from "../../../simulator/parts/dht";
import { DS18B20_CONTROLS } from "../../../simulator/parts/ds18b20";
import { HCSR04_CONTROLS } from "../../../simulator/parts/hcsr04";
import { PHOTORESISTOR_CONTROLS } from "../../../simulator/parts/photoresistor";
import { POTENTIOMETER_CONTROLS } from "../../../simulator/parts/potentiometer";
import { ENCODER_CONTROLS } from "../../../simulator/parts/rotary-encoder";
import { SLIDE_SWITCH_CONTROLS } from "../../../simulator/parts/slide-switch";
import { BUTTON_CONTROLS } from "../../../simulator/parts/button";
import { TOUCH_CONTROLS } from "../../../simulator/parts/touch-pad";

export type { Control };

const CONTROLS: Record<string, readonly Control[]> = {
  bme280: BME280_CONTROLS,
  "bme280-spi": BME280_CONTROLS,
  mcp9808: MCP9808_CONTROLS,
  dht11: dhtControls("dht11"),
  dht22: dhtControls("dht22"),
  ds18b20: DS18B20_CONTROLS,
  hcsr04: HCSR04_CONTROLS,
  photoresistor: PHOTORESISTOR_CONTROLS,
  potentiometer: POTENTIOMETER_CONTROLS,
  "rotary-encoder": ENCODER_CONTROLS,
  "slide-switch": SLIDE_SWITCH_CONTROLS,
  button: BUTTON_CONTROLS,
  "touch-pad": TOUCH_CONTROLS,
};

/** The controls of a kind (none for kinds without any, or kinds this build does not know). */
export function controlsOf(kind: string): readonly Control[] {
  return CONTROLS[kind] ?? [];
}

/** The number controls of a kind: what a sensor view offers as sliders. */
export function numberControlsOf(kind: string): readonly Control[] {
  return controlsOf(kind).filter((c) => c.type === "number");
}
