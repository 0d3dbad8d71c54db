// Slider scales and typed values for the sensor views' controls.
import { describe, expect, it } from "vitest";
import { BME280_CONTROLS } from "../../../simulator/parts/bme280";
import { PHOTORESISTOR_CONTROLS } from "../../../simulator/parts/photoresistor";
import { ENCODER_CONTROLS } from "../../../simulator/parts/rotary-encoder";
import { formatControlValue, isLogScale, parseControlInput, roundToStep, sliderPosition, sliderValue } from "./control-scale";

const temperature = BME280_CONTROLS[0];
const lux = PHOTORESISTOR_CONTROLS[0];
const detents = ENCODER_CONTROLS[0];

describe("control scales", () => {
  it("keeps ordinary ranges linear and spreads many-decade ranges logarithmically", () => {
    expect(isLogScale(temperature)).toBe(false);
    expect(sliderPosition(temperature, 21.5)).toBe(21.5);
    expect(isLogScale(lux)).toBe(true);
    expect(sliderPosition(lux, 0)).toBe(0);
    expect(sliderPosition(lux, 100_000)).toBe(1000);
    // 300 lx (a room) sits near half way rather than at 0.3 % of the slider.
    expect(sliderPosition(lux, 300)).toBeGreaterThan(400);
    expect(sliderValue(lux, sliderPosition(lux, 300))).toBeGreaterThan(280);
    expect(sliderValue(lux, sliderPosition(lux, 300))).toBeLessThan(320);
    expect(sliderValue(lux, 1000)).toBe(100_000);
  });

  it("rounds to the step without float noise", () => {
    expect(roundToStep(temperature, 21.449999)).toBe(21.4);
    expect(roundToStep(temperature, 21.5000001)).toBe(21.5);
    expect(formatControlValue(temperature, 21.5)).toBe("21.5");
    expect(formatControlValue(lux, 300)).toBe("300");
  });

  it("accepts typed numbers in range and says what it wants otherwise", () => {
    expect(parseControlInput(temperature, " 30.5 ")).toEqual({ value: 30.5 });
    expect(parseControlInput(temperature, "200")).toEqual({ error: "Enter a number from -40 to 85 °C" });
    expect(parseControlInput(temperature, "warm")).toEqual({ error: "Enter a number from -40 to 85 °C" });
    expect(parseControlInput(temperature, "")).toEqual({ error: "Enter a number from -40 to 85 °C" });
    expect(parseControlInput(detents, "-12")).toEqual({ value: -12 });
  });
});
