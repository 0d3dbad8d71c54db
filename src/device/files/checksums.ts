// File checksums computed the same way on the host and on the board: SHA-256 when the board has hashlib, else CRC-32.

/** Which checksum a board can compute: `sha256` (hashlib) or `crc32` (binascii.crc32, or the same CRC in plain Python). */
export type ChecksumAlgorithm = "sha256" | "crc32";

/** A self-describing checksum, e.g. `sha256:9f86…` or `crc32:0a1b2c3d`, so records made with one algorithm are never compared with another. */
export type Checksum = string;

export async function checksum(algorithm: ChecksumAlgorithm, data: Uint8Array): Promise<Checksum> {
  if (algorithm === "crc32") return `crc32:${crc32(data).toString(16).padStart(8, "0")}`;
  const digest = await crypto.subtle.digest("SHA-256", data as Uint8Array<ArrayBuffer>);
  return `sha256:${toHex(new Uint8Array(digest))}`;
}

export function algorithmOf(sum: Checksum): ChecksumAlgorithm | null {
  const name = sum.slice(0, sum.indexOf(":"));
  return name === "sha256" || name === "crc32" ? name : null;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 as zlib and binascii.crc32 compute it. */
export function crc32(data: Uint8Array, start = 0): number {
  crcTable ??= makeCrcTable();
  let c = (start ^ 0xffffffff) >>> 0;
  for (const b of data) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function makeCrcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let k = i;
    for (let j = 0; j < 8; j++) k = k & 1 ? (k >>> 1) ^ 0xedb88320 : k >>> 1;
    table[i] = k >>> 0;
  }
  return table;
}

function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}
