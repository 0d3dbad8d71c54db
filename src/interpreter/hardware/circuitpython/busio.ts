// CircuitPython's `busio`: I2C, SPI and UART (construction, pins and claims; data transfers come later).
import { PyModule } from "../../types/module";
import { cpSession } from "./context";
import { busioI2cType } from "./busio-i2c";
import { busioSpiType } from "./busio-spi";
import { busioUartType } from "./busio-uart";

export function createBusioModule(): PyModule {
  cpSession("busio");
  const m = new PyModule("busio");
  m.set("I2C", busioI2cType);
  m.set("SPI", busioSpiType);
  m.set("UART", busioUartType);
  return m;
}
