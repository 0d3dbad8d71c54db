// BoardFiles' parsing of what the snippets print, path normalising, and the guards that never reach the board.
import { describe, expect, it } from "vitest";
import { BoardFiles, boardPath, parseInfo, parseListing } from "./board-files";
import type { RawReplRunner } from "./file-session";

describe("BoardFiles parsing", () => {
  it("reads a listing, with names containing tabs and spaces", () => {
    expect(parseListing("D\t0\t-\t/lib\r\nF\t12\tsha256:ab\t/lib/a b\tc.py\r\n")).toEqual([
      { path: "/lib", kind: "dir", size: 0 },
      { path: "/lib/a b\tc.py", kind: "file", size: 12, checksum: "sha256:ab" },
    ]);
    expect(() => parseListing("Traceback\r\n")).toThrow(/unexpected line/);
  });

  it("reads board information, leaving out what the firmware did not say", () => {
    const info = parseInfo("flavor\tcircuitpython\r\nversion\t10.2.1\r\nmachine\tRaspberry Pi Pico with rp2040\r\nboard\traspberry_pi_pico\r\nmemFree\t150000\r\nreadOnly\t1\r\nuid\te661\r\n");
    expect(info).toEqual({
      flavor: "circuitpython",
      version: "10.2.1",
      machine: "Raspberry Pi Pico with rp2040",
      board: "raspberry_pi_pico",
      memFree: 150000,
      flashTotal: undefined,
      flashFree: undefined,
      readOnly: true,
      uid: "e661",
    });
  });

  it("normalises board paths", () => {
    expect(boardPath("lib//a/./b/../c.py/")).toBe("/lib/a/c.py");
    expect(boardPath("")).toBe("/");
    expect(boardPath("/../..")).toBe("/");
  });

  it("refuses to delete or overwrite the root folder without asking the board", async () => {
    const never: RawReplRunner = { withRawRepl: () => Promise.reject(new Error("must not reach the board")) };
    const files = new BoardFiles(never);
    await expect(files.delete("/", { recursive: true })).rejects.toThrow(/root folder/);
    await expect(files.writeFile("/", new Uint8Array(1))).rejects.toThrow(/root folder/);
  });
});
