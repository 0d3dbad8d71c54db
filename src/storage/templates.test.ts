// Tests for starter templates and default project names.
import { describe, expect, it } from "vitest";
import { validateName } from "./names";
import { defaultProjectName, entryFileFor, templateFor, uniqueName } from "./templates";

describe("templates", () => {
  it("start with the file each firmware runs at boot", () => {
    expect(entryFileFor("circuitpython")).toBe("code.py");
    expect(entryFileFor("micropython")).toBe("main.py");
    expect(templateFor("circuitpython").map((e) => e.path)).toContain("code.py");
    expect(templateFor("micropython").map((e) => e.path)).toContain("main.py");
  });

  it("hand out fresh copies", () => {
    templateFor("micropython")[0]!.text = "changed";
    expect(templateFor("micropython")[0]!.text).toContain("Pin");
  });

  it("name projects after the flavor", () => {
    expect(defaultProjectName("circuitpython")).toBe("CircuitPython project");
    expect(defaultProjectName("micropython")).toBe("MicroPython project");
  });
});

describe("uniqueName", () => {
  it("counts up from 2, ignoring case", () => {
    expect(uniqueName("Blink", [])).toBe("Blink");
    expect(uniqueName("Blink", ["blink"])).toBe("Blink 2");
    expect(uniqueName("Blink", ["Blink", "BLINK 2"])).toBe("Blink 3");
  });

  it("keeps long names valid", () => {
    const long = "x".repeat(250) + " copy";
    const name = uniqueName(long, [long]);
    expect(name.length).toBeLessThanOrEqual(255);
    expect(name.endsWith(" 2")).toBe(true);
    expect(validateName(name).ok).toBe(true);
  });
});
