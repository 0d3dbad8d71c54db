// The 8x8 "PetMe128" font (public domain) used by FrameBuffer.text(): characters 32..127, 8 columns each.
// Each glyph is 16 hex digits, one byte per column from left to right; bit 0 of a column is its top pixel.
// Character 127 (a checkerboard) stands in for every byte outside 32..126.

const GLYPH_ROWS = [
  "0000000000000000 0000004f4f000000 0007070000070700 147f7f14147f7f14", // ' ' '!' '"' '#'
  "00242e6b6b3a1200 006333180c666300 00327f4d4d777250 0000000406030100", // '$' '%' '&' "'"
  "00001c3e63410000 000041633e1c0000 082a3e1c1c3e2a08 0008083e3e080800", // '(' ')' '*' '+'
  "000080e060000000 0008080808080800 0000006060000000 00406030180c0602", // ',' '-' '.' '/'
  "003e7f49457f3e00 0040447f7f404000 00627351494f4600 00226349497f3600", // '0' '1' '2' '3'
  "00181814167f7f10 00276745457d3900 003e7f49497b3200 000303797d070300", // '4' '5' '6' '7'
  "00367f49497f3600 00266f49497f3e00 0000002424000000 000080e464000000", // '8' '9' ':' ';'
  "00081c3663414100 0014141414141400 00414163361c0800 00020351590f0600", // '<' '=' '>' '?'
  "003e7f414d4f2e00 007c7e0b0b7e7c00 007f7f49497f3600 003e7f4141632200", // '@' 'A' 'B' 'C'
  "007f7f41633e1c00 007f7f4949414100 007f7f0909010100 003e7f41497b3a00", // 'D' 'E' 'F' 'G'
  "007f7f08087f7f00 0000417f7f410000 002060417f3f0100 007f7f1c36634100", // 'H' 'I' 'J' 'K'
  "007f7f4040404000 007f7f060c067f7f 007f7f0e1c7f7f00 003e7f41417f3e00", // 'L' 'M' 'N' 'O'
  "007f7f09090f0600 001e3f21617f5e00 007f7f19396f4600 00266f49497b3200", // 'P' 'Q' 'R' 'S'
  "0001017f7f010100 003f7f40407f3f00 001f3f60603f1f00 007f7f3018307f7f", // 'T' 'U' 'V' 'W'
  "0063771c1c776300 00070f78780f0700 006171594d474300 00007f7f41410000", // 'X' 'Y' 'Z' '['
  "0002060c18306040 000041417f7f0000 00080c06060c0800 c0c0c0c0c0c0c0c0", // '\\' ']' '^' '_'
  "0000010306040000 00207454547c7800 007f7f44447c3800 00387c44446c2800", // '`' 'a' 'b' 'c'
  "00387c44447f7f00 00387c54545c5800 00087e7f09030200 0098bca4a4fc7c00", // 'd' 'e' 'f' 'g'
  "007f7f04047c7800 0000007d7d000000 0040c08080fd7d00 007f7f30386c4400", // 'h' 'i' 'j' 'k'
  "0000417f7f400000 007c7c1830187c7c 007c7c04047c7800 00387c44447c3800", // 'l' 'm' 'n' 'o'
  "00fcfc24243c1800 00183c2424fcfc00 007c7c04040c0800 00485c5454742000", // 'p' 'q' 'r' 's'
  "04043f7f44642000 003c7c40407c3c00 001c3c60603c1c00 001c7c3018307c1c", // 't' 'u' 'v' 'w'
  "00446c38386c4400 009cbca0a0fc7c00 004464745c4c4400 0008083e77414100", // 'x' 'y' 'z' '{'
  "000000ffff000000 004141773e080800 0002030103020301 aa55aa55aa55aa55", // '|' '}' '~' DEL
];

let glyphs: Uint8Array | null = null;

/** The font as bytes, 8 per character, decoded from GLYPH_ROWS on first use (not at load: most programs never draw text). */
function decodedGlyphs(): Uint8Array {
  if (glyphs !== null) return glyphs;
  const hex = GLYPH_ROWS.join(" ").split(" ");
  const out = new Uint8Array(hex.length * 8);
  hex.forEach((glyph, i) => {
    for (let c = 0; c < 8; c++) out[i * 8 + c] = parseInt(glyph.slice(c * 2, c * 2 + 2), 16);
  });
  return (glyphs = out);
}

/** The 8 columns of character `code` (32..127). */
export function glyphColumns(code: number): Uint8Array {
  return decodedGlyphs().subarray((code - 32) * 8, (code - 31) * 8);
}
