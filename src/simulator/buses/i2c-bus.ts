// I2C as the wires see it: targets answering at 7-bit addresses on an SDA/SCL pin pair, byte by byte with ACK/NACK,
// and the controller side's transaction state (START, address, data, STOP) that both I2C blocks and bit-banged
// controllers drive.

/** A device on an I2C bus, seen one bus event at a time (as its own I2C state machine sees them). */
export interface I2cTarget {
  /** A START (or repeated START) carrying this target's address; false leaves the address unacknowledged. */
  start(read: boolean): boolean;
  /** A byte the controller wrote; false is a NACK (the device refuses more data). */
  write(byte: number): boolean;
  /** A byte the controller reads; `ack` is false on the last byte of the read. */
  read(ack: boolean): number;
  /** A STOP, or a START to another device: the transaction with this target is over. */
  stop(): void;
}

/** One pair of wires (SDA, SCL) and what is attached to them. */
export class I2cBus {
  private readonly targets = new Map<number, I2cTarget>();
  private active: I2cTarget | null = null;
  private reading = false;

  constructor(readonly sda: number, readonly scl: number) {}

  /** Puts `target` on the bus at `address`; returns its removal. A second device at one address is refused. */
  attach(address: number, target: I2cTarget): () => void {
    if (!Number.isInteger(address) || address < 0 || address > 0x7f) throw new RangeError(`bad I2C address ${address}`);
    if (this.targets.has(address)) throw new Error(`I2C address 0x${address.toString(16)} already taken on this bus`);
    this.targets.set(address, target);
    return () => {
      if (this.targets.get(address) !== target) return;
      if (this.active === target) this.active = null;
      this.targets.delete(address);
    };
  }

  addresses(): number[] {
    return [...this.targets.keys()].sort((a, b) => a - b);
  }

  get isEmpty(): boolean {
    return this.targets.size === 0;
  }

  /** START (or repeated START) and the address byte; true when a device acknowledged it. */
  start(address: number, read: boolean): boolean {
    const target = this.targets.get(address & 0x7f) ?? null;
    if (this.active !== null && this.active !== target) this.active.stop();
    this.active = target;
    this.reading = read;
    if (target === null) return false;
    if (!target.start(read)) {
      this.active = null;
      return false;
    }
    return true;
  }

  /** A data byte from the controller; false when nobody acknowledged it. */
  write(byte: number): boolean {
    if (this.active === null || this.reading) return false;
    return this.active.write(byte & 0xff);
  }

  /** A data byte from the addressed device; 0xFF when nobody drives SDA (the pull-ups hold it high). */
  read(ack: boolean): number {
    if (this.active === null || !this.reading) return 0xff;
    return this.active.read(ack) & 0xff;
  }

  stop(): void {
    this.active?.stop();
    this.active = null;
  }
}

/** Every I2C bus wired to the board, found by its pins. */
export class I2cWiring {
  private readonly buses = new Map<string, I2cBus>();

  /** The bus on these pins, or undefined when nothing is wired there. */
  find(sda: number, scl: number): I2cBus | undefined {
    return this.buses.get(`${sda}/${scl}`);
  }

  /** The bus on these pins, created when a part is first wired to them. */
  bus(sda: number, scl: number): I2cBus {
    const key = `${sda}/${scl}`;
    let bus = this.buses.get(key);
    if (bus === undefined) {
      bus = new I2cBus(sda, scl);
      this.buses.set(key, bus);
    }
    return bus;
  }

  all(): I2cBus[] {
    return [...this.buses.values()];
  }
}

/** How long a transaction of `bytes` bytes (address byte included) takes at `hz`: 9 clocks a byte, plus START/STOP. */
export function i2cTransferUs(bytes: number, hz: number): number {
  if (hz <= 0) return 0;
  return ((bytes * 9 + 2) * 1_000_000) / hz;
}
