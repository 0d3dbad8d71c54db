// CircuitPython's storage module: the drive is read-only to code until boot.py remounts it or hides the USB drive.
import { describe, expect, it } from "vitest";
import { Interpreter } from "../../runtime/interpreter";
import { makeMemoryHost } from "../../runtime/host";
import { MemoryDrive } from "../../../board/memory-drive";

/** Runs boot.py (when given) then code.py on one CircuitPython drive, as the board does at power-on. */
function boot(files: Record<string, string>): { output: string; drive: MemoryDrive } {
  let output = "";
  const host = makeMemoryHost((s) => (output += s));
  const drive = new MemoryDrive({ capacity: 1_048_576, readOnly: true });
  drive.load(Object.entries(files).map(([path, text]) => ({ path, data: new TextEncoder().encode(text) })));
  host.fs = drive;
  const interp = new Interpreter(host, { flavor: "circuitpython" });
  if (files["boot.py"] !== undefined) interp.runMain("/boot.py");
  interp.runMain("/code.py");
  return { output, drive };
}

const WRITE = `import storage
print(storage.getmount('/').readonly)
try:
    with open('/log.txt', 'w') as f:
        f.write('hi')
    print('wrote')
except OSError as e:
    print(type(e).__name__, e)
`;

describe("storage", () => {
  it("keeps the drive read-only to code while the computer has it", () => {
    expect(boot({ "code.py": WRITE }).output).toBe("True\nOSError [Errno 30] Read-only filesystem\n");
  });

  it("makes the drive writable when boot.py remounts it", () => {
    const { output, drive } = boot({ "boot.py": `import storage\nstorage.remount("/", readonly=False)\n`, "code.py": WRITE });
    expect(output).toBe("False\nwrote\n");
    expect(drive.readOnly).toBe(false);
  });

  it("makes the drive writable when boot.py hides the USB drive", () => {
    const { output } = boot({ "boot.py": `import storage\nstorage.disable_usb_drive()\n`, "code.py": WRITE });
    expect(output).toBe("False\nwrote\n");
  });

  it("refuses to remount or hide the drive after boot, as the firmware does while USB is connected", () => {
    const { output } = boot({ "code.py": `import storage
for f in (lambda: storage.remount("/", False), storage.disable_usb_drive):
    try:
        f()
    except RuntimeError as e:
        print(e)
try:
    storage.remount("/lib")
except OSError as e:
    print(e)
try:
    storage.getmount("/sd")
except OSError as e:
    print(e)
m = storage.getmount("/")
print(type(m).__name__, m is storage.getmount("/"), m.label, isinstance(m, storage.VfsFat))
try:
    m.label = "NEW"
except OSError as e:
    print(e)
` });
    expect(output).toBe(`Cannot remount path when visible via USB.
Cannot change USB devices now
[Errno 22] Invalid argument
[Errno 22] Invalid argument
VfsFat True CIRCUITPY True
[Errno 30] Read-only filesystem
`);
  });

  it("renames the writable drive's label in upper case", () => {
    const { output } = boot({
      "boot.py": `import storage\nstorage.remount("/", False)\n`,
      "code.py": `import storage\nm = storage.getmount("/")\nm.label = "pico"\nprint(m.label)\n`,
    });
    expect(output).toBe("PICO\n");
  });
});
