// Character codes and classification shared by the tokenizer and literal decoding (Unicode tables only for non-ASCII).

export const Char = {
  Tab: 9,
  LineFeed: 10,
  VerticalTab: 11,
  FormFeed: 12,
  CarriageReturn: 13,
  Space: 32,
  Bang: 33,
  DoubleQuote: 34,
  Hash: 35,
  SingleQuote: 39,
  Dot: 46,
  Zero: 48,
  Seven: 55,
  Nine: 57,
  Colon: 58,
  Equals: 61,
  Backslash: 92,
  Underscore: 95,
  OpenBrace: 123,
  CloseBrace: 125,
  ByteOrderMark: 0xfeff,
} as const;

const identifierStartPattern = /[\p{ID_Start}\u1885\u1886\u2118\u212e\u309b\u309c]/u;
const identifierPartPattern = /[\p{ID_Continue}\u00b7\u0387\u1369-\u1371\u19da\u200c\u200d\u30fb\uff65]/u;

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

export function isOctalDigit(c: number): boolean {
  return c >= 48 && c <= 55;
}

/** Can this code point start an identifier? `cp` is a full code point (not a lone surrogate half). */
export function isIdentifierStart(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === Char.Underscore;
  return identifierStartPattern.test(String.fromCodePoint(cp));
}

/** Can this code point continue an identifier? */
export function isIdentifierPart(cp: number): boolean {
  if (cp < 128) return isIdentifierStart(cp) || (cp >= 48 && cp <= 57);
  return identifierPartPattern.test(String.fromCodePoint(cp));
}

