// The QR code of a link: a square grid with the three finder patterns, up to the largest QR code, and no further.
import { describe, expect, it } from "vitest";
import { qrModules, qrPath } from "./qr-code";

describe("qrModules", () => {
  it("encodes a short link as a small square code with finder patterns in three corners", () => {
    const modules = qrModules("https://pyco.example/#p=1.abc")!;
    const size = modules.length;
    expect(size).toBeGreaterThanOrEqual(21);
    expect(modules.every((row) => row.length === size)).toBe(true);
    // A finder pattern's outer ring is dark: its corners and edges.
    for (const [r, c] of [[0, 0], [0, size - 7], [size - 7, 0]]) {
      expect(modules[r][c] && modules[r + 6][c + 6] && modules[r + 3][c + 3]).toBe(true);
      expect(modules[r + 1][c + 1]).toBe(false);
    }
  });

  it("fits links up to a version-40 code, and gives up beyond", () => {
    expect(qrModules("x".repeat(2953))?.length).toBe(177);
    expect(qrModules("x".repeat(2954))).toBeNull();
  });

  it("draws dark runs as one path", () => {
    expect(qrPath([[true, true, false, true]], 0)).toBe("M0 0h2v1h-2zM3 0h1v1h-1z");
  });
});
