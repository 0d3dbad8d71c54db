// OneWire on a bus with only its pull-up: no presence pulse, reads of all ones, an empty scan.
import { beforeEach, describe, expect, it } from "vitest";
import { getAttr } from "../../runtime/protocol";
import { newBytes } from "../../types/bytes";
import { setUpBoard, call, make, repr } from "../test-board";
import { createMachineModule } from "../machine";
import { createOneWireModule } from "./index";
import { crc8 } from "./bus";

beforeEach(() => {
  setUpBoard("micropython");
});

describe("onewire", () => {
  it("finds nothing on an empty bus", () => {
    const Pin = getAttr(createMachineModule(), "Pin");
    const ow = make(getAttr(createOneWireModule(), "OneWire"), [make(Pin, [22])]);
    expect(repr(make(Pin, [22]))).toBe("Pin(GPIO22, mode=OPEN_DRAIN, pull=PULL_UP)");
    expect(call(ow, "reset")).toBe(false);
    expect(repr(call(ow, "scan"))).toBe("[]");
    expect(call(ow, "readbyte")).toBe(255);
    expect(call(ow, "crc8", [newBytes(Uint8Array.of(0x28, 0xff, 0x12, 0x34, 0x56, 0x78, 0x9a))])).toBe(244);
  });

  it("computes the Dallas CRC", () => {
    expect(crc8(Uint8Array.of(0x02, 0x1c, 0xb8, 0x01, 0x00, 0x00, 0x00))).toBe(0xa2);
  });
});
