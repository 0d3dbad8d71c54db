// Test support: encodes PIO instructions (datasheet 3.4 encodings) so tests read like pioasm.

type Dest = "pins" | "x" | "y" | "null" | "pindirs" | "pc" | "isr" | "osr" | "exec" | "status";
const IN_SRC: Record<string, number> = { pins: 0, x: 1, y: 2, null: 3, isr: 6, osr: 7 };
const OUT_DEST: Record<string, number> = { pins: 0, x: 1, y: 2, null: 3, pindirs: 4, pc: 5, isr: 6, exec: 7 };
const MOV_DEST: Record<string, number> = { pins: 0, x: 1, y: 2, exec: 4, pc: 5, isr: 6, osr: 7 };
const MOV_SRC: Record<string, number> = { pins: 0, x: 1, y: 2, null: 3, status: 5, isr: 6, osr: 7 };
const SET_DEST: Record<string, number> = { pins: 0, x: 1, y: 2, pindirs: 4 };
const JMP_COND: Record<string, number> = { always: 0, "!x": 1, "x--": 2, "!y": 3, "y--": 4, "x!=y": 5, pin: 6, "!osre": 7 };

/** The Delay/side-set field (bits 12:8), already laid out for the program's side-set configuration. */
export function ds(field: number): number {
  return (field & 0x1f) << 8;
}

export const asm = {
  jmp: (cond: keyof typeof JMP_COND, addr: number) => (JMP_COND[cond] << 5) | addr,
  wait: (polarity: 0 | 1, src: "gpio" | "pin" | "irq", index: number) =>
    0x2000 | (polarity << 7) | ({ gpio: 0, pin: 1, irq: 2 }[src] << 5) | index,
  in: (src: Dest, bits: number) => 0x4000 | (IN_SRC[src] << 5) | (bits & 0x1f),
  out: (dest: Dest, bits: number) => 0x6000 | (OUT_DEST[dest] << 5) | (bits & 0x1f),
  push: (opts: { iffull?: boolean; block?: boolean } = {}) => 0x8000 | (opts.iffull ? 0x40 : 0) | (opts.block === false ? 0 : 0x20),
  pull: (opts: { ifempty?: boolean; block?: boolean } = {}) => 0x8080 | (opts.ifempty ? 0x40 : 0) | (opts.block === false ? 0 : 0x20),
  mov: (dest: Dest, src: Dest, op: "" | "invert" | "reverse" = "") =>
    0xa000 | (MOV_DEST[dest] << 5) | ({ "": 0, invert: 1, reverse: 2 }[op] << 3) | MOV_SRC[src],
  irq: (mode: "set" | "wait" | "clear", index: number, rel = false) =>
    0xc000 | ({ set: 0, wait: 0x20, clear: 0x40 }[mode]) | (rel ? 0x10 : 0) | index,
  set: (dest: Dest, value: number) => 0xe000 | (SET_DEST[dest] << 5) | value,
  nop: () => 0xa042,
};
