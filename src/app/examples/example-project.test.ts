// Examples as projects: each passes the import checks, keeps its flavour and name, and carries the simulator's
// wiring for its parts; each one's share link is short enough for chat (lengths printed for the record).
import { describe, expect, it } from "vitest";
import { CHAT_SAFE_LINK_LENGTH, entryFileFor, makeShareLink } from "../../storage";
import { EXAMPLES, exampleId, exampleProjectName } from "../../examples";
import { exampleProject, exampleWiring } from "./example-project";

describe("exampleProject", () => {
  for (const example of EXAMPLES) {
    it(`${exampleId(example)} is a valid project with its wiring`, () => {
      const project = exampleProject(example);
      if (!project.ok) throw new Error(project.error.message);
      expect(project.value.name).toBe(exampleProjectName(example));
      expect(project.value.flavor).toBe(example.flavor);
      const paths = project.value.entries.map((e) => e.path);
      expect(paths).toContain(entryFileFor(example.flavor));
      expect(paths).toContain("lib");
      const simple = example.parts.filter((p) => p.kind === "led" || p.kind === "button" || p.kind === "pot");
      expect(project.value.wiring).toEqual({ version: 1, parts: simple.map((p, i) => ({ id: `part${i + 1}`, kind: p.kind, pin: "pin" in p ? p.pin : -1 })) });
    });
  }

  it("puts an LED, a button and a potentiometer on the pins the code uses", () => {
    expect(exampleWiring([{ kind: "pot", pin: 26 }, { kind: "led", pin: 15 }, { kind: "ssd1306", sda: 4, scl: 5, address: 0x3c }])).toEqual({
      version: 1,
      parts: [{ id: "part1", kind: "pot", pin: 26 }, { id: "part2", kind: "led", pin: 15 }],
    });
  });

  it("every example's share link is short enough for chat", () => {
    const lengths: Record<string, number> = {};
    for (const example of EXAMPLES) {
      const project = exampleProject(example);
      if (!project.ok) throw new Error(project.error.message);
      lengths[exampleId(example)] = makeShareLink("https://pyco.example/", project.value).length;
    }
    console.log(`share link lengths (base https://pyco.example/): ${JSON.stringify(lengths, null, 1)}`);
    for (const [id, length] of Object.entries(lengths)) expect(length, id).toBeLessThanOrEqual(CHAT_SAFE_LINK_LENGTH);
  });
});
