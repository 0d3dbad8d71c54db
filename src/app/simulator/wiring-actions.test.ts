// Wiring actions over a fake project: migration of version-1 metadata on open, the code's default parts until the
// first edit, edits written as wiring.json, and a wiring.json with problems left alone unless the user asks.
import { beforeEach, describe, expect, it } from "vitest";
import { parseWiring } from "../../simulator/parts/wiring-file";
import { initialSimulatorState, getSimulator, setSimulator } from "./simulator-state";
import { setSimulatorProject, type SimulatorProject } from "./simulator-services";
import { addPart, loadProjectWiring, movePart, removePart, replaceBrokenWiring } from "./wiring-actions";

function fakeProject(files: { wiring?: string; sources?: string[]; meta?: unknown }) {
  const state = { wiring: files.wiring ?? null, meta: files.meta, writes: [] as string[] };
  const project: SimulatorProject = {
    id: "p1",
    flavor: "micropython",
    metaWiring: files.meta,
    saveOpenFiles: async () => undefined,
    readFiles: async () => [],
    saveDriveChanges: async () => undefined,
    readWiringSources: async () => ({ wiring: state.wiring, sources: files.sources ?? [] }),
    writeWiringFile: async (text) => {
      state.wiring = text;
      state.writes.push(text);
    },
    clearMetaWiring: async () => {
      state.meta = undefined;
    },
  };
  setSimulatorProject(project);
  return { project, state };
}

beforeEach(() => setSimulator({ ...initialSimulatorState }));

describe("wiring actions", () => {
  it("migrates version-1 metadata wiring to wiring.json once, and clears the metadata", async () => {
    const { project, state } = fakeProject({ meta: { version: 1, parts: [{ id: "part1", kind: "pot", pin: 27 }] } });
    await loadProjectWiring(project);
    expect(state.meta).toBeUndefined();
    expect(parseWiring(state.wiring!).parts).toEqual([{ kind: "potentiometer", id: "potentiometer1", pins: { wiper: 27 } }]);
    expect(getSimulator().wiring).toMatchObject({ source: "file", errors: [], parts: [{ kind: "potentiometer", id: "potentiometer1" }] });
  });

  it("shows the code's parts without writing anything, until the first edit writes them with it", async () => {
    const { project, state } = fakeProject({ sources: ["from machine import Pin\nimport dht\nd = dht.DHT22(Pin(2))\n"] });
    await loadProjectWiring(project);
    expect(getSimulator().wiring).toMatchObject({ source: "code", parts: [{ kind: "dht22", id: "dht221", pins: { data: 2 } }] });
    expect(state.writes).toEqual([]);
    expect(await addPart("led")).toBe("led1");
    expect(parseWiring(state.wiring!).parts.map((p) => p.kind)).toEqual(["dht22", "led"]);
    expect(getSimulator().wiring.source).toBe("file");
    await movePart("led1", "anode", 20);
    await removePart("dht221");
    expect(parseWiring(state.wiring!).parts).toEqual([{ kind: "led", id: "led1", pins: { anode: 20 } }]);
  });

  it("never rewrites a wiring.json with problems unless asked, and then keeps the parts that can be wired", async () => {
    const broken = '{"parts": [{"kind": "button", "pins": {"signal": 3}}, {"kind": "laser"}]}';
    const { project, state } = fakeProject({ wiring: broken });
    await loadProjectWiring(project);
    expect(getSimulator().wiring.errors).toEqual(["wiring.json: part 2: unknown part kind 'laser'"]);
    expect(await addPart("led")).toBeUndefined();
    await removePart("button1");
    expect(state.writes).toEqual([]);
    expect(await replaceBrokenWiring()).toBe(true);
    expect(parseWiring(state.wiring!).parts).toEqual([{ kind: "button", id: "button1", pins: { signal: 3 } }]);
    expect(getSimulator().wiring.errors).toEqual([]);
  });

  it("keeps what else the file says (the target board, \"auto\", a part's own notes) when it adds a part", async () => {
    const { project, state } = fakeProject({ wiring: '{"board": "adafruit_kb2040", "parts": [{"kind": "button", "pins": {"signal": 3}, "note": "reset"}]}' });
    await loadProjectWiring(project);
    expect(await addPart("led")).toBe("led1");
    const written = JSON.parse(state.wiring!);
    expect(written.board).toBe("adafruit_kb2040");
    expect(written.parts).toEqual([{ note: "reset", kind: "button", id: "button1", pins: { signal: "GP3" } }, { kind: "led", id: "led1", pins: { anode: "GP15" } }]);
  });

  it("reports a wiring.json it could not read and leaves it alone", async () => {
    const { project, state } = fakeProject({});
    project.readWiringSources = async () => Promise.reject(new Error("storage is closed"));
    await loadProjectWiring(project);
    expect(getSimulator().wiring.errors).toEqual(["wiring.json could not be read: storage is closed"]);
    expect(await addPart("led")).toBeUndefined();
    expect(state.writes).toEqual([]);
  });
});
