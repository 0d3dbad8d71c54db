// Which pins a CircuitPython object holds (digitalio, pwmio, analogio, busio, keypad, countio share them), so a
// second user gets "GP15 in use" until the first one is deinitialised.
import { raiseValueError } from "../runtime/errors";
import { circuitPythonPinName } from "./boards/index";

export class PinClaims {
  private claimed = new Set<number>();

  isFree(pin: number): boolean {
    return !this.claimed.has(pin);
  }

  /** Raises CircuitPython's "<name> in use" when the pin is taken. */
  assertFree(pin: number): void {
    if (this.claimed.has(pin)) raiseValueError(`${circuitPythonPinName(pin)} in use`);
  }

  claim(pin: number): void {
    this.claimed.add(pin);
  }

  release(pin: number): void {
    this.claimed.delete(pin);
  }

  releaseAll(): void {
    this.claimed.clear();
  }
}
