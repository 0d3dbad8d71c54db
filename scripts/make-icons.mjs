// Draws Pyco's app icons (a Pico board with a Python-yellow chip) as PNG and SVG into public/; run: node scripts/make-icons.mjs
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

const BG = [31, 111, 92];
const BOARD = [236, 246, 242];
const CHIP = [255, 212, 59];
const HOLE = [31, 111, 92];

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundRect(x, y, cx, cy, w, h, r) {
  const qx = Math.abs(x - cx) - w / 2 + r;
  const qy = Math.abs(y - cy) - h / 2 + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** The icon as layered shapes in unit coordinates; `scale` shrinks the artwork into the maskable safe zone. */
function shapes(scale, fullBleed) {
  const s = (v) => 0.5 + (v - 0.5) * scale;
  const layers = [];
  layers.push({ color: BG, d: fullBleed ? () => -1 : (x, y) => roundRect(x, y, 0.5, 0.5, 1, 1, 0.22) });
  layers.push({ color: BOARD, d: (x, y) => roundRect(x, y, s(0.5), s(0.53), 0.42 * scale, 0.7 * scale, 0.05 * scale) });
  layers.push({ color: BOARD, d: (x, y) => roundRect(x, y, s(0.5), s(0.16), 0.14 * scale, 0.08 * scale, 0.02 * scale) });
  for (let i = 0; i < 9; i++) {
    const py = s(0.26 + i * 0.068);
    for (const px of [s(0.33), s(0.67)]) layers.push({ color: HOLE, d: (x, y) => Math.hypot(x - px, y - py) - 0.018 * scale });
  }
  layers.push({ color: CHIP, d: (x, y) => roundRect(x, y, s(0.5), s(0.56), 0.18 * scale, 0.18 * scale, 0.025 * scale) });
  return layers;
}

function render(size, scale, fullBleed) {
  const layers = shapes(scale, fullBleed);
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < n; sj++) {
        for (let si = 0; si < n; si++) {
          const x = (i + (si + 0.5) / n) / size;
          const y = (j + (sj + 0.5) / n) / size;
          let top = null;
          for (const layer of layers) if (layer.d(x, y) <= 0) top = layer.color;
          if (top) { r += top[0]; g += top[1]; b += top[2]; a += 1; }
        }
      }
      const o = (j * size + i) * 4;
      px[o] = a ? r / a : 0; px[o + 1] = a ? g / a : 0; px[o + 2] = a ? b / a : 0; px[o + 3] = (255 * a) / (n * n);
    }
  }
  return png(size, px);
}

const CRC = new Int32Array(256).map((_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

function svg() {
  const holes = [];
  for (let i = 0; i < 9; i++) for (const x of [33, 67]) holes.push(`<circle cx="${x}" cy="${(26 + i * 6.8).toFixed(1)}" r="1.8" fill="#1f6f5c"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="22" fill="#1f6f5c"/>` +
    `<rect x="29" y="18" width="42" height="70" rx="5" fill="#ecf6f2"/><rect x="43" y="12" width="14" height="8" rx="2" fill="#ecf6f2"/>` +
    holes.join("") + `<rect x="41" y="47" width="18" height="18" rx="2.5" fill="#ffd43b"/></svg>\n`;
}

mkdirSync("public/icons", { recursive: true });
writeFileSync("public/icons/icon-192.png", render(192, 1, false));
writeFileSync("public/icons/icon-512.png", render(512, 1, false));
writeFileSync("public/icons/icon-maskable-512.png", render(512, 0.8, true));
writeFileSync("public/icons/apple-touch-icon-180.png", render(180, 0.86, true));
writeFileSync("public/favicon.svg", svg());
console.log("icons written to public/icons and public/favicon.svg");
