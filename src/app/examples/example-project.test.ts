// Examples as projects: each passes the import checks, keeps its flavour and name, and carries its wiring as the
// project's /wiring.json (no wiring in the project's metadata); each one's share link is short enough for chat.
import { describe, expect, it } from "vitest";
import { entryFileFor } from "../../storage";
import { shareLinkInfo } from "../share/share-model";
import { EXAMPLES, exampleId, exampleProjectName, exampleWiring } from "../../examples";
import { parseWiring } from "../../simulator/parts/wiring-file";
import { exampleProject } from "./example-project";

describe("exampleProject", () => {
  for (const example of EXAMPLES) {
    it(`${exampleId(example)} is a valid project with its wiring.json`, () => {
      const project = exampleProject(example);
      if (!project.ok) throw new Error(project.error.message);
      expect(project.value.name).toBe(exampleProjectName(example));
      expect(project.value.flavor).toBe(example.flavor);
      expect(project.value.wiring).toBeUndefined();
      const paths = project.value.entries.map((e) => e.path);
      expect(paths).toContain(entryFileFor(example.flavor));
      expect(paths).toContain("lib");
      const wiring = project.value.entries.find((e) => e.path === "wiring.json");
      expect(wiring?.kind).toBe("file");
      const parsed = parseWiring(new TextDecoder().decode(wiring!.data));
      expect(parsed.errors).toEqual([]);
      expect(parsed.parts).toEqual(example.parts);
    });
  }

  it("every example's wiring.json is valid, and the catalog's parts are what it lists", () => {
    for (const example of EXAMPLES) {
      const wiring = exampleWiring(example);
      expect(wiring.errors, exampleId(example)).toEqual([]);
      expect(example.parts).toEqual(wiring.parts);
    }
    const blink = EXAMPLES.find((e) => exampleId(e) === "micropython/blink")!;
    expect(blink.parts).toEqual([{ kind: "led", pins: { anode: 15 } }]);
    const oled = EXAMPLES.find((e) => exampleId(e) === "circuitpython/oled-hello")!;
    expect(oled.parts).toEqual([{ kind: "ssd1306", pins: { sda: 4, scl: 5 }, address: 0x3c }]);
  });

  // The CircuitPython asyncio example carries its own asyncio package in lib/; leaving lib/ out (the bundle's
  // asyncio can replace it) brings its link under the limit too.
  it("every example's share link is short enough for chat, those with a library in lib/ once lib/ is left out", () => {
    const long: string[] = [];
    for (const example of EXAMPLES) {
      const project = exampleProject(example);
      if (!project.ok) throw new Error(project.error.message);
      const whole = shareLinkInfo("https://pyco.example/", project.value, false);
      if (whole.mayBeCut) long.push(exampleId(example));
      expect(shareLinkInfo("https://pyco.example/", project.value, true).mayBeCut, exampleId(example)).toBe(false);
    }
    expect(long).toEqual(["circuitpython/asyncio-tasks"]);
  });
});
