// The parts wired to one simulated board: wire(config) makes the device model, remove(id) unwires it, and the
// board view reads states and hears about changes. Kinds are described once (pins, address, controls) in kinds.ts.
import type { Control, Part, PartConfig, PartContext, ResolvedConfig } from "./part";

export interface PartKind {
  kind: string;
  title: string;
  /** Pin roles the part needs, in the order a UI asks for them. */
  pins: readonly string[];
  /** Pin roles that may be left out (a chip select, a backlight). */
  optionalPins?: readonly string[];
  /** Addresses the part can be strapped to; the first is the default. */
  i2cAddresses?: readonly number[];
  controls: readonly Control[];
  create(ctx: PartContext, config: ResolvedConfig, notify: () => void): Part;
}

export type PartListener = (part: Part) => void;

const GPIO_COUNT = 30;

export class PartRegistry {
  private readonly parts = new Map<string, Part>();
  private readonly listeners = new Set<PartListener>();

  constructor(private readonly ctx: PartContext, private readonly kinds: ReadonlyMap<string, PartKind>) {}

  /** Wires a part and returns its model; throws an Error naming what is wrong with the config. */
  wire(config: PartConfig): Part {
    const kind = this.kinds.get(config.kind);
    if (kind === undefined) throw new Error(`unknown part kind '${config.kind}'`);
    const resolved = this.resolve(kind, config);
    let part: Part | null = null;
    part = kind.create(this.ctx, resolved, () => {
      if (part !== null) for (const l of this.listeners) l(part);
    });
    this.parts.set(resolved.id, part);
    for (const l of this.listeners) l(part);
    return part;
  }

  /** Wires every config; a bad one is reported through `onError` and skipped. */
  wireAll(configs: readonly PartConfig[], onError: (message: string) => void = () => undefined): Part[] {
    const wired: Part[] = [];
    for (const c of configs) {
      try {
        wired.push(this.wire(c));
      } catch (e) {
        onError(e instanceof Error ? e.message : String(e));
      }
    }
    return wired;
  }

  remove(id: string): void {
    const part = this.parts.get(id);
    if (part === undefined) return;
    part.remove();
    this.parts.delete(id);
  }

  removeAll(): void {
    for (const id of [...this.parts.keys()]) this.remove(id);
  }

  get(id: string): Part | undefined {
    return this.parts.get(id);
  }

  /** The first part of a kind (handy in tests and for single-instance panels). */
  find(kind: string): Part | undefined {
    for (const p of this.parts.values()) if (p.kind === kind) return p;
    return undefined;
  }

  list(): Part[] {
    return [...this.parts.values()];
  }

  /** Every part's config, as a project saves them. */
  configs(): PartConfig[] {
    return this.list().map((p) => p.config());
  }

  /** Every part's id, kind and state: one JSON message for a board view in another thread. */
  snapshot(): { id: string; kind: string; state: Record<string, unknown> }[] {
    return this.list().map((p) => ({ id: p.id, kind: p.kind, state: p.state() }));
  }

  /** Calls `listener` when a part is wired or its state changes; returns the unsubscribe function. */
  onChange(listener: PartListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private resolve(kind: PartKind, config: PartConfig): ResolvedConfig {
    const pins = { ...(config.pins ?? {}) };
    for (const role of kind.pins) if (pins[role] === undefined) throw new Error(`${kind.kind}: pin '${role}' is not wired`);
    for (const [role, pin] of Object.entries(pins)) {
      if (!kind.pins.includes(role) && !kind.optionalPins?.includes(role)) throw new Error(`${kind.kind}: no pin called '${role}'`);
      if (!Number.isInteger(pin) || pin < 0 || pin >= GPIO_COUNT) throw new Error(`${kind.kind}: bad GPIO ${pin} for '${role}'`);
    }
    const address = kind.i2cAddresses === undefined ? undefined : (config.address ?? kind.i2cAddresses[0]);
    if (address !== undefined && !(Number.isInteger(address) && address >= 0 && address <= 0x7f)) {
      throw new Error(`${kind.kind}: bad I2C address ${address}`);
    }
    const id = config.id ?? this.newId(kind.kind);
    if (this.parts.has(id)) throw new Error(`a part called '${id}' is already wired`);
    return { kind: kind.kind, id, pins, address, options: { ...(config.options ?? {}) } };
  }

  private newId(kind: string): string {
    for (let n = 1; ; n++) if (!this.parts.has(`${kind}${n}`)) return `${kind}${n}`;
  }
}
