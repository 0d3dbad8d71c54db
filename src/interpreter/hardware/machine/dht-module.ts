// The `dht` module frozen into MicroPython's rp2 firmware: DHT11 and DHT22 objects whose measure() reads the
// sensor with machine.dht_readinto and checks the checksum; temperature() and humidity() decode the last reading.
import { PyObject, type PyValue } from "../../runtime/object";
import { None, makeBuiltinType } from "../../runtime/builtin-types";
import { Exception, newException } from "../../runtime/errors";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { newFloat } from "../../types/float";
import { newByteArray } from "../../types/bytearray";
import { defineProperties } from "../native-property";
import { dhtReadinto } from "./dht";
import { machineSession } from "./context";

export const dhtBaseType = makeBuiltinType("DHTBase");
export const dht11Type = makeBuiltinType("DHT11", [dhtBaseType]);
export const dht22Type = makeBuiltinType("DHT22", [dhtBaseType]);

class PyDht extends PyObject {
  readonly buf = new Uint8Array(5);
  constructor(type: typeof dhtBaseType, readonly pin: PyValue) {
    super(type);
  }
}

function measure(self: PyDht): PyValue {
  dhtReadinto(self.pin, newByteArrayView(self.buf));
  const b = self.buf;
  if (((b[0] + b[1] + b[2] + b[3]) & 0xff) !== b[4]) throw newException(Exception, "checksum error");
  return None;
}

/** A bytearray over the object's own buffer, so dht_readinto fills it in place. */
function newByteArrayView(buf: Uint8Array): PyValue {
  const ba = newByteArray(new Uint8Array(0));
  ba.buf = buf;
  ba.length = buf.length;
  return ba;
}

const isDht22 = (self: PyDht) => self.$type.isSubtypeOf(dht22Type);

defineMethods(dhtBaseType, {
  measure,
  humidity: (self: PyDht) => (isDht22(self) ? newFloat(((self.buf[0] << 8) | self.buf[1]) * 0.1) : self.buf[0]),
  temperature: (self: PyDht) => {
    if (!isDht22(self)) return self.buf[2];
    const t = (((self.buf[2] & 0x7f) << 8) | self.buf[3]) * 0.1;
    return newFloat(self.buf[2] & 0x80 ? -t : t);
  },
});
defineProperties(dhtBaseType, { buf: { get: (self: PyDht) => newByteArrayView(self.buf) } });

for (const type of [dhtBaseType, dht11Type, dht22Type]) {
  type.defineSlots({ new: (t: typeof dhtBaseType, args: PyValue[]) => new PyDht(t, args[0]) });
  defineMethods(type, { __init__: builtinMethod("__init__", 1, 1, () => None) });
}

export function createDhtModule(): PyModule {
  machineSession();
  return new PyModule("dht").set("DHTBase", dhtBaseType).set("DHT11", dht11Type).set("DHT22", dht22Type);
}
