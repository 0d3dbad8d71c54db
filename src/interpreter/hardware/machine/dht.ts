// machine.dht_readinto (drivers/dht/dht.c): the DHT11/DHT22 start signal on an open-drain pin, then the sensor's
// 80 µs presence pulse and 40 data bits timed from the pad's edges (a high longer than 48 µs is a 1).
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { newException, OSError, raiseValueError } from "../../runtime/errors";
import { requireBuffer } from "../../types/text/buffer";
import { moduleHost, sleepMicros } from "../../modules/host-ref";
import { ETIMEDOUT } from "../i2c-transfer";
import { machineHw } from "./context";
import { pinNumberArg, pinOpenDrain, pinWrite } from "./pin";
import { pulseLength } from "./pulse";

function timeout(): never {
  throw newException(OSError, ETIMEDOUT);
}

export function dhtReadinto(pinArg: PyValue, bufArg: PyValue): PyValue {
  const pin = pinNumberArg(pinArg);
  pinOpenDrain(pin, 1);
  const buf = requireBuffer(bufArg);
  if (buf.length < 5) raiseValueError("buffer too small");
  // Start: high 250 ms, low 18 ms, then let go so the sensor can answer.
  pinWrite(pin, true);
  sleepMicros(250_000);
  pinWrite(pin, false);
  sleepMicros(18_000);
  pinWrite(pin, true);
  moduleHost().sleepUs(10);
  const gpio = machineHw().gpio;
  const host = moduleHost();
  const waitStart = host.ticksUs();
  while (gpio.read(pin) !== 0) {
    if (host.ticksUs() - waitStart > 100) timeout();
    host.sleepUs(1);
  }
  if (pulseLength(pin, 1, 150) < 0) timeout();
  buf.fill(0, 0, 5);
  for (let i = 0; i < 40; i++) {
    const ticks = pulseLength(pin, 1, 150);
    if (ticks < 0) timeout();
    buf[i >> 3] = ((buf[i >> 3] << 1) | (ticks > 48 ? 1 : 0)) & 0xff;
  }
  return None;
}
