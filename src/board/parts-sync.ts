// The board's pacing with its parts in it: at each sync (each poll and before each wait) the page's part controls
// are applied before the pin bridge reads its inputs, and the parts' states go out after it.
import type { BoardPacing } from "./board-host";
import { applyControl, ControlQueueReader } from "./part-controls";
import type { PartsPublisher } from "./parts-publisher";
import type { PartRegistry } from "../simulator/parts/registry";

export class PartsSync implements BoardPacing {
  private readonly controls: ControlQueueReader | undefined;
  private readonly apply = (part: number, control: number, value: number) => applyControl(this.registry, part, control, value);

  constructor(
    private readonly inner: BoardPacing,
    private readonly registry: PartRegistry,
    controlBuffer: SharedArrayBuffer | undefined,
    private readonly publisher: PartsPublisher | undefined,
  ) {
    this.controls = controlBuffer && new ControlQueueReader(controlBuffer);
  }

  /** Applies the controls the page sent; returns how many. */
  applyControls(): number {
    return this.controls ? this.controls.drain(this.apply) : 0;
  }

  sync(waitMs?: number): void {
    this.applyControls();
    this.inner.sync(waitMs);
    this.publisher?.sync(waitMs);
  }

  speed(): number {
    return this.inner.speed();
  }

  paused(): boolean {
    return this.inner.paused();
  }

  waitForResume(ms: number): void {
    this.inner.waitForResume(ms);
  }
}
