// CircuitPython's `storage`: the CIRCUITPY drive's mount (getmount → VfsFat), remount from boot.py, and the USB drive switch.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { builtinFunction, builtinFunctionKw } from "../../runtime/function";
import { raiseOSError, raiseRuntimeError } from "../../runtime/errors";
import { runtimeState } from "../../runtime/state";
import type { HostFileSystem } from "../../runtime/host";
import { PyModule } from "../../types/module";
import { moduleHost, sleepMicros } from "../../modules/host-ref";
import { strArg } from "../../modules/args";
import { resolvePath } from "../../modules/os/paths";
import { defineProperties } from "../native-property";
import { makeNativeType } from "../native-type";
import { parseArgs } from "../mp-args";

const EINVAL = 22;
const EROFS = 30;

/** What the drive remembers between reloads (until the board is powered off): label and USB presentation. */
interface DriveState {
  label: string;
  usbDriveEnabled: boolean;
}

const driveStates = new WeakMap<HostFileSystem, DriveState>();
/** Stands in for the drive when the program runs without one. */
const NO_DRIVE: HostFileSystem = Object.freeze({}) as HostFileSystem;

function currentDrive(): HostFileSystem {
  return moduleHost().fs ?? NO_DRIVE;
}

function driveState(fs: HostFileSystem): DriveState {
  let state = driveStates.get(fs);
  if (state === undefined) {
    state = { label: "CIRCUITPY", usbDriveEnabled: true };
    driveStates.set(fs, state);
  }
  return state;
}

/** True while boot.py runs: USB is not connected yet, so the drive can be remounted and the USB drive switched off. */
export function inBootPy(): boolean {
  const main = runtimeState.importer?.modules.getStr("__main__") as PyModule | undefined;
  return main?.$dict.__file__ === "boot.py";
}

function isReadOnly(fs: HostFileSystem): boolean {
  return fs.readOnly === true;
}

const vfsFatType = makeNativeType("VfsFat");
vfsFatType.isBaseType = false;

/** The CIRCUITPY drive's filesystem object (the only one: no block devices to make others from). */
class PyVfsFat extends PyObject {
  constructor(readonly fs: HostFileSystem) {
    super(vfsFatType);
  }
}

defineProperties(vfsFatType, {
  readonly: { get: (self: PyVfsFat) => isReadOnly(self.fs) },
  label: {
    get: (self: PyVfsFat) => driveState(self.fs).label,
    set: (self: PyVfsFat, v: PyValue) => setLabel(self.fs, strArg(v)),
  },
});

/** FAT volume labels: up to 11 characters, stored in upper case. */
function setLabel(fs: HostFileSystem, label: string): void {
  if (isReadOnly(fs)) raiseOSError(EROFS);
  if (label.length > 11 || /[\\/:*?"<>|+,.;=[\]\x00-\x1f]/.test(label)) raiseOSError(EINVAL);
  driveState(fs).label = label.toUpperCase();
}

const vfsObjects = new WeakMap<HostFileSystem, PyVfsFat>();

function rootVfs(fs: HostFileSystem): PyVfsFat {
  let vfs = vfsObjects.get(fs);
  if (vfs === undefined) {
    vfs = new PyVfsFat(fs);
    vfsObjects.set(fs, vfs);
  }
  return vfs;
}

/** storage.getmount(path): the filesystem mounted exactly at `path` (only "/" here), else OSError EINVAL. */
function getmount(path: PyValue): PyValue {
  if (resolvePath(strArg(path)) !== "/") raiseOSError(EINVAL);
  return rootVfs(currentDrive());
}

/** storage.remount(mount_path, readonly=False, *, disable_concurrent_write_protection=False). */
function remount(args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "mount_path", kind: "obj", required: true },
    { name: "readonly", kind: "bool", dflt: false },
    { name: "disable_concurrent_write_protection", kind: "bool", kwOnly: true, dflt: false },
  ]);
  if (resolvePath(strArg(a.mount_path)) !== "/") raiseOSError(EINVAL);
  const fs = currentDrive();
  // After boot the computer has the drive; the firmware can't take it back while it is visible over USB.
  if (!inBootPy() && driveState(fs).usbDriveEnabled) raiseRuntimeError("Cannot remount path when visible via USB.");
  fs.remount?.(a.readonly as boolean);
  return None;
}

/** Presenting CIRCUITPY over USB makes it read-only to code; hiding it makes it writable. */
function setUsbDrive(enabled: boolean): PyValue {
  const fs = currentDrive();
  if (!inBootPy()) {
    // USB is connected: switching off is refused, switching on makes the computer re-read the drive.
    if (!enabled) raiseRuntimeError("Cannot change USB devices now");
    sleepMicros(2_500_000);
  }
  driveState(fs).usbDriveEnabled = enabled;
  fs.remount?.(enabled);
  return None;
}

export function createStorageModule(): PyModule {
  const m = new PyModule("storage");
  m.set("getmount", builtinFunction("getmount", 1, 1, getmount));
  m.set("remount", builtinFunctionKw("remount", remount));
  m.set("disable_usb_drive", builtinFunction("disable_usb_drive", 0, 0, () => setUsbDrive(false)));
  m.set("enable_usb_drive", builtinFunction("enable_usb_drive", 0, 0, () => setUsbDrive(true)));
  m.set("VfsFat", vfsFatType);
  return m;
}

/** For tests: whether the drive is presented over USB. */
export function usbDriveEnabled(fs: HostFileSystem): boolean {
  return driveState(fs).usbDriveEnabled;
}
