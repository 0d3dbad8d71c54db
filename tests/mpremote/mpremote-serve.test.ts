// `pyco serve` driven the way stock mpremote drives a board (tests/support/mpremote-double.ts reproduces its byte
// sequences and fs snippets): connect with a soft reset, fs ls / cp both ways / cat / rm / mkdir, exec, run, soft-reset.
import { afterEach, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { MpremoteDouble, ExecError } from "../support/mpremote-double";
import { decodePythonBytes } from "../support/transcripts";

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((c) => c.kill("SIGTERM")));

function serve(dir: string, flavor = "micropython"): Promise<number> {
  const child = spawn(process.execPath, [path.join(repo, "node_modules/tsx/dist/cli.mjs"), path.join(repo, "src/cli/pyco.ts"), "serve", "--tcp", "127.0.0.1:0", "--flavor", flavor, dir], { cwd: repo });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /READY tcp 127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`pyco serve exited (${code}): ${out}`)));
  });
}

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-mpremote-"));
  fs.writeFileSync(path.join(dir, "main.py"), "print('main.py ran')\n");
  fs.mkdirSync(path.join(dir, "lib"));
  fs.writeFileSync(path.join(dir, "lib", "util.py"), "def twice(x):\n    return 2 * x\n");
  return dir;
}

describe("pyco serve with mpremote's protocol", () => {
  it("connects with a soft reset and runs fs ls, cp both ways, cat, mkdir, rm, exec and run", async () => {
    const dir = project();
    const mp = await MpremoteDouble.connect(await serve(dir));
    await mp.enterRawRepl(true);

    // fs ls: os.ilistdir tuples that ast.literal_eval can read (name, type, inode, size).
    const listing = await mp.fsListdir("");
    expect(listing).toMatch(/^(\('[^']+', (16384|32768), 0(, \d+)?\),)+$/);
    expect(listing).toContain("('main.py', 32768, 0, 21),");
    expect(listing).toContain("('lib', 16384, 0, 0),");

    // fs cp local → :data.bin (binary, several 256-byte chunks with quotes, backslashes and every byte value)
    const data = Uint8Array.from({ length: 700 }, (_, i) => (i * 73 + 11) & 255);
    await mp.fsWritefile("data.bin", data);
    expect([...fs.readFileSync(path.join(dir, "data.bin"))]).toEqual([...data]);
    // ... and mpremote's hash check before copying again
    const digest = decodePythonBytes((await mp.fsHashfile("data.bin")).slice(2, -1));
    expect(Buffer.from(digest, "latin1").toString("hex")).toBe(createHash("sha256").update(data).digest("hex"));

    // fs cp :data.bin local
    expect([...(await mp.fsReadfile("data.bin"))]).toEqual([...data]);
    // fs stat (st_mode, size) as mpremote's os.stat_result reads it
    expect(await mp.fsStat("data.bin")).toMatch(/^\(32768, 0, 0, 0, 0, 0, 700, \d+, \d+, \d+\)$/);

    // fs cat
    expect(await mp.fsPrintfile("lib/util.py")).toBe("def twice(x):\r\n    return 2 * x\r\n");

    // fs mkdir / rm, and the OSError mpremote maps back to errno
    await mp.fsMkdir("logs");
    expect(fs.statSync(path.join(dir, "logs")).isDirectory()).toBe(true);
    await mp.fsRmfile("data.bin");
    expect(fs.existsSync(path.join(dir, "data.bin"))).toBe(false);
    const missing = await mp.fsRmfile("nope.txt").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ExecError);
    expect((missing as ExecError).stderr).toContain("OSError: [Errno 2] ENOENT");

    // exec and run
    expect(await mp.exec("import util\nprint(util.twice(21))")).toBe("42\r\n");
    expect(await mp.exec(fs.readFileSync(path.join(dir, "main.py")))).toBe("main.py ran\r\n");
    mp.exitRawRepl();
    mp.close();
  }, 60000);

  it("soft-reset from a second connection reboots the board into the raw REPL", async () => {
    const dir = project();
    const port = await serve(dir);
    const first = await MpremoteDouble.connect(port);
    await first.enterRawRepl(true);
    await first.exec("x = 1");
    first.exitRawRepl();
    first.close();
    await new Promise((r) => setTimeout(r, 200));
    const second = await MpremoteDouble.connect(port);
    await second.enterRawRepl(true);
    // The soft reset cleared the first session's variables.
    const gone = await second.execRaw("print(x)");
    expect(gone.stderr).toContain("NameError: name 'x' isn't defined");
    second.exitRawRepl();
    second.close();
  }, 60000);
});
