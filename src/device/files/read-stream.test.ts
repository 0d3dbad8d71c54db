// The read dump parser: any split of the stream, hex and base64, and damaged or cut output reported, not guessed.
import { describe, expect, it } from "vitest";
import { ReadStream } from "./read-stream";
import { BoardFileError } from "./board-file-error";

const dump = "#F\tb64\t5\t/a b.txt\r\naGVs\r\nbG8=\r\n#E\tcrc32:3610a686\r\n#F\thex\t0\t/e\r\n#E\tcrc32:00000000\r\n";

describe("ReadStream", () => {
  it("decodes files whatever the chunking, counting bytes as lines complete", () => {
    for (const size of [1, 3, 7, dump.length]) {
      const starts: string[] = [];
      const stream = new ReadStream((path) => starts.push(path));
      for (let i = 0; i < dump.length; i += size) stream.push(dump.slice(i, i + size));
      const files = stream.finish();
      expect(files.map((f) => [f.path, new TextDecoder().decode(f.data), f.checksum, f.fileSize])).toEqual([
        ["/a b.txt", "hello", "crc32:3610a686", 5],
        ["/e", "", "crc32:00000000", 0],
      ]);
      expect(starts).toEqual(["/a b.txt", "/e"]);
      expect(stream.bytesDone).toBe(5);
    }
  });

  it("reports output cut in the middle of a file, damaged lines and stray text", () => {
    const cut = new ReadStream();
    cut.push("#F\tb64\t5\t/x\r\naGVs\r\n");
    expect(() => cut.finish()).toThrow(/stopped in the middle of sending \/x/);
    expect(() => new ReadStream().push("#F\tb64\t5\t/x\r\na*Vs\r\n")).toThrow(BoardFileError);
    expect(() => new ReadStream().push("hello\r\n")).toThrow(/unexpected text/);
  });
});
