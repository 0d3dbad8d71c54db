// rp2.Flash: the block device over the Pico's filesystem area of flash (1408 KiB: 352 blocks of 4096 bytes), as
// rp2_flash.c has it: readblocks, writeblocks (erase then program; with an offset, program only), ioctl, and
// Flash(start=, len=) windows. Programming can only clear bits, as on a flash chip; erased bytes read 0xFF.
// The simulated flash starts erased: the drive's files are not stored in it.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { ValueError, newException } from "../../runtime/errors";
import { makeNativeType } from "../native-type";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { mpInt, parseArgs, type ArgSpec } from "../mp-args";
import { requireBufferInfo } from "./buffers";
import { rp2Session } from "./context";

const BLOCK_SIZE = 4096;
/** MICROPY_HW_FLASH_STORAGE_BYTES on RPI_PICO. */
export const FLASH_STORAGE_BYTES = 1408 * 1024;

const IOCTL = { INIT: 1, DEINIT: 2, SYNC: 3, BLOCK_COUNT: 4, BLOCK_SIZE: 5, BLOCK_ERASE: 6 } as const;

/** The filesystem area's blocks, allocated when first written (an unwritten block is erased). */
class FlashChip {
  private readonly blocks = new Map<number, Uint8Array>();

  read(address: number, into: Uint8Array): void {
    for (let i = 0; i < into.length; i++) {
      const at = address + i;
      const block = this.blocks.get(Math.floor(at / BLOCK_SIZE));
      into[i] = block === undefined ? 0xff : block[at % BLOCK_SIZE];
    }
  }

  /** flash_range_erase: whole blocks from `address` covering `length` bytes. */
  erase(address: number, length: number): void {
    for (let b = Math.floor(address / BLOCK_SIZE); b * BLOCK_SIZE < address + length; b++) this.blocks.delete(b);
  }

  /** flash_range_program: bits can only go from 1 to 0. */
  program(address: number, data: Uint8Array): void {
    for (let i = 0; i < data.length; i++) {
      const at = address + i;
      if (at < 0 || at >= FLASH_STORAGE_BYTES) continue;
      const index = Math.floor(at / BLOCK_SIZE);
      let block = this.blocks.get(index);
      if (block === undefined) this.blocks.set(index, (block = new Uint8Array(BLOCK_SIZE).fill(0xff)));
      block[at % BLOCK_SIZE] &= data[i];
    }
  }
}

export const flashType = makeNativeType("Flash");
flashType.isBaseType = false;

class PyFlash extends PyObject {
  constructor(readonly chip: FlashChip, readonly base: number, readonly size: number) {
    super(flashType);
  }
}

function chip(): FlashChip {
  return rp2Session().state("rp2.flash", () => new FlashChip());
}

const NEW_ARGS: ArgSpec[] = [
  { name: "start", kind: "int", kwOnly: true, dflt: -1 },
  { name: "len", kind: "int", kwOnly: true, dflt: -1 },
];

function flashNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, NEW_ARGS);
  let start: number = a.start;
  let len: number = a.len;
  const bad = () => newException(ValueError); // mp_raise_ValueError(NULL): no message
  if (start === -1) start = 0;
  else if (!(start >= 0 && start < FLASH_STORAGE_BYTES && start % BLOCK_SIZE === 0)) throw bad();
  if (len === -1) len = FLASH_STORAGE_BYTES - start;
  else if (!(len > 0 && start + len <= FLASH_STORAGE_BYTES && len % BLOCK_SIZE === 0)) throw bad();
  return new PyFlash(chip(), start, len);
}

function readblocks(self: PyFlash, block: PyValue, buf: PyValue, offset?: PyValue): PyValue {
  const address = mpInt(block) * BLOCK_SIZE + (offset === undefined ? 0 : mpInt(offset));
  self.chip.read(self.base + address, requireBufferInfo(buf).bytes);
  return None;
}

function writeblocks(self: PyFlash, block: PyValue, buf: PyValue, offset?: PyValue): PyValue {
  let address = mpInt(block) * BLOCK_SIZE;
  const data = requireBufferInfo(buf).bytes;
  if (offset === undefined) self.chip.erase(self.base + address, data.length);
  else address += mpInt(offset);
  self.chip.program(self.base + address, data);
  return None;
}

function ioctl(self: PyFlash, cmd: PyValue, arg: PyValue): PyValue {
  switch (mpInt(cmd)) {
    case IOCTL.INIT:
    case IOCTL.DEINIT:
    case IOCTL.SYNC:
      return 0;
    case IOCTL.BLOCK_COUNT:
      return Math.floor(self.size / BLOCK_SIZE);
    case IOCTL.BLOCK_SIZE:
      return BLOCK_SIZE;
    case IOCTL.BLOCK_ERASE:
      self.chip.erase(self.base + mpInt(arg) * BLOCK_SIZE, BLOCK_SIZE);
      return 0;
    default:
      return None;
  }
}

flashType.defineSlots({ new: flashNew });
defineMethods(flashType, {
  readblocks: builtinMethod("readblocks", 2, 3, readblocks),
  writeblocks: builtinMethod("writeblocks", 2, 3, writeblocks),
  ioctl,
});
