// Part actions on the store: live states merged from the board's messages, control values kept for the next
// power-on (except counts such as an encoder's position, which start again at 0), and typed text to a running part.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { CONTROL_QUEUE_CAPACITY, ControlQueueReader, ControlQueueWriter, createControlQueueBuffer, TYPED_BACKLOG_LIMIT, TYPED_BYTE } from "../../board/part-controls";
import { forgetCountedControls, initialControls, receiveParts, setPartControl, typeIntoPart } from "./part-actions";
import { getSimulator, initialSimulatorState, setSimulator } from "./simulator-state";

const board = vi.hoisted(() => ({ handle: null as { controls: unknown } | null }));
vi.mock("./simulator-services", () => ({ existingHandle: () => board.handle }));

beforeEach(() => {
  setSimulator({ ...initialSimulatorState });
  board.handle = null;
});

describe("part actions", () => {
  it("keeps a part's state when a message leaves it out as unchanged, and takes the USB summary when sent", () => {
    const config = { kind: "led", id: "led1", pins: { anode: 15 } };
    receiveParts([{ id: "led1", kind: "led", config, state: { on: true, brightness: 1 } }], undefined);
    receiveParts([{ id: "led1", kind: "led", config }], undefined);
    expect(getSimulator().live[0].state).toEqual({ on: true, brightness: 1 });
    expect(getSimulator().usb).toBeUndefined();
    const usb = { version: 1, typedText: "a", keys: [], mouse: [], pointer: { x: 0, y: 0, buttons: 0 }, consumer: [], midi: [], counts: { keys: 1, mouse: 0, consumer: 0, midi: 0 } };
    receiveParts([{ id: "led1", kind: "led", config, state: { on: false, brightness: 0 } }], usb);
    expect(getSimulator().live[0].state).toEqual({ on: false, brightness: 0 });
    expect(getSimulator().usb).toBe(usb);
  });

  it("gives a new board the controls the user set, but starts an encoder's count again", () => {
    setSimulator({
      wiring: {
        source: "file", extra: {}, errors: [],
        parts: [{ kind: "button", id: "button1", pins: { signal: 14 } }, { kind: "rotary-encoder", id: "enc", pins: { a: 2, b: 3 } }],
      },
    });
    setPartControl("button1", "pressed", true);
    setPartControl("enc", "position", 3);
    setPartControl("enc", "pressed", true);
    expect(initialControls()).toEqual([
      { id: "button1", name: "pressed", value: true },
      { id: "enc", name: "position", value: 3 },
      { id: "enc", name: "pressed", value: true },
    ]);
    forgetCountedControls();
    expect(initialControls()).toEqual([{ id: "button1", name: "pressed", value: true }, { id: "enc", name: "pressed", value: true }]);
  });

  it("types text into the running part by its index, keeps none of it for the next power-on, and says when it can't", () => {
    const config = { kind: "uart-terminal", id: "term", pins: { tx: 0, rx: 1 } };
    expect(typeIntoPart("term", "hi")).toBe("off"); // no board
    const buffer = createControlQueueBuffer();
    board.handle = { controls: new ControlQueueWriter(buffer) };
    expect(typeIntoPart("term", "hi")).toBe("off"); // the board has not reported its parts yet
    receiveParts([{ id: "led1", kind: "led", config: { kind: "led", id: "led1", pins: { anode: 15 } } }, { id: "term", kind: "uart-terminal", config }], undefined);
    expect(typeIntoPart("term", "hé\r")).toBe("sent");
    const got: number[][] = [];
    new ControlQueueReader(buffer).drain((p, c, v) => got.push([p, c, v]));
    expect(got).toEqual([[1, TYPED_BYTE, 0x68], [1, TYPED_BYTE, 0xc3], [1, TYPED_BYTE, 0xa9], [1, TYPED_BYTE, 0x0d]]);
    expect(initialControls()).toEqual([]);
    expect(typeIntoPart("term", "x".repeat(CONTROL_QUEUE_CAPACITY + TYPED_BACKLOG_LIMIT + 1))).toBe("full");
  });
});
