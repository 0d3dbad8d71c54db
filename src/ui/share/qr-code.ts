// The share link as a QR code: the module grid from qrcode-generator, drawn as one SVG path.
import qrcode from "qrcode-generator";

/** The most bytes a version-40 code holds at each error-correction level (ISO/IEC 18004, byte mode). */
const CAPACITY = { M: 2331, L: 2953 } as const;

/** Dark modules by row; null when the text is too long for any QR code. */
export function qrModules(text: string): boolean[][] | null {
  // Medium error correction survives a smudged screen; longer links use Low, which holds the most.
  const level = text.length <= CAPACITY.M ? "M" : text.length <= CAPACITY.L ? "L" : undefined;
  if (!level) return null;
  const qr = qrcode(0, level);
  qr.addData(text, "Byte");
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}

/** An SVG path for the dark modules, one horizontal run per rectangle (far smaller than a rect per module). */
export function qrPath(modules: boolean[][], quiet = 4): string {
  let d = "";
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < row.length && row[end + 1]) end++;
      d += `M${x + quiet} ${y + quiet}h${end - x + 1}v1h${-(end - x + 1)}z`;
      x = end;
    }
  });
  return d;
}
